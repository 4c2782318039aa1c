// The course's five parts (see ../../shared/design/CURRICULUM.md); lessons name theirs by number.
export const PARTS: Record<number, string> = {
  1: 'Containers',
  2: 'Data and the outside world',
  3: 'Building images',
  4: 'Applications of several containers',
  5: 'Under the hood',
};
