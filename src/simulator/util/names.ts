// Docker's container name generator (moby internal/namesgenerator, GetRandomName) and the
// daemon's retry loop (daemon/names.go, generateAndReserveName). The word lists are moby's,
// frozen upstream ("no new additions will be accepted"): 108 adjectives and 236 surnames.
//
// GetRandomName(retry):
//   name = left[rand(len(left))] + "_" + right[rand(len(right))]
//   "boring_wozniak" is rejected and drawn again ("Steve Wozniak is not boring");
//   when retry > 0 a random digit 0-9 is appended: "focused_turing3".
// generateAndReserveName: tries GetRandomName(i) for i = 0..5 (so the first try has no digit,
// the next five have one) and takes the first name not already reserved; if all six collide it
// falls back to the container's ID truncated to 12 characters.

/** The adjectives (namesgenerator `left`). */
export const NAME_ADJECTIVES: readonly string[] = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful',
  'blissful', 'bold', 'boring', 'brave', 'busy', 'charming', 'clever', 'compassionate',
  'competent', 'condescending', 'confident', 'cool', 'cranky', 'crazy', 'dazzling', 'determined',
  'distracted', 'dreamy', 'eager', 'ecstatic', 'elastic', 'elated', 'elegant', 'eloquent', 'epic',
  'exciting', 'fervent', 'festive', 'flamboyant', 'focused', 'friendly', 'frosty', 'funny',
  'gallant', 'gifted', 'goofy', 'gracious', 'great', 'happy', 'hardcore', 'heuristic', 'hopeful',
  'hungry', 'infallible', 'inspiring', 'intelligent', 'interesting', 'jolly', 'jovial', 'keen',
  'kind', 'laughing', 'loving', 'lucid', 'magical', 'modest', 'musing', 'mystifying', 'naughty',
  'nervous', 'nice', 'nifty', 'nostalgic', 'objective', 'optimistic', 'peaceful', 'pedantic',
  'pensive', 'practical', 'priceless', 'quirky', 'quizzical', 'recursing', 'relaxed', 'reverent',
  'romantic', 'sad', 'serene', 'sharp', 'silly', 'sleepy', 'stoic', 'strange', 'stupefied',
  'suspicious', 'sweet', 'tender', 'thirsty', 'trusting', 'unruffled', 'upbeat', 'vibrant',
  'vigilant', 'vigorous', 'wizardly', 'wonderful', 'xenodochial', 'youthful', 'zealous', 'zen',];

/** The scientists' and hackers' surnames (namesgenerator `right`). */
export const NAME_SURNAMES: readonly string[] = [
  'agnesi', 'albattani', 'allen', 'almeida', 'antonelli', 'archimedes', 'ardinghelli', 'aryabhata',
  'austin', 'babbage', 'banach', 'banzai', 'bardeen', 'bartik', 'bassi', 'beaver', 'bell', 'benz',
  'bhabha', 'bhaskara', 'black', 'blackburn', 'blackwell', 'bohr', 'booth', 'borg', 'bose',
  'bouman', 'boyd', 'brahmagupta', 'brattain', 'brown', 'buck', 'burnell', 'cannon', 'carson',
  'cartwright', 'carver', 'cerf', 'chandrasekhar', 'chaplygin', 'chatelet', 'chatterjee', 'chaum',
  'chebyshev', 'clarke', 'cohen', 'colden', 'cori', 'cray', 'curie', 'curran', 'darwin', 'davinci',
  'dewdney', 'dhawan', 'diffie', 'dijkstra', 'dirac', 'driscoll', 'dubinsky', 'easley', 'edison',
  'einstein', 'elbakyan', 'elgamal', 'elion', 'ellis', 'engelbart', 'euclid', 'euler', 'faraday',
  'feistel', 'fermat', 'fermi', 'feynman', 'franklin', 'gagarin', 'galileo', 'galois', 'ganguly',
  'gates', 'gauss', 'germain', 'goldberg', 'goldstine', 'goldwasser', 'golick', 'goodall', 'gould',
  'greider', 'grothendieck', 'haibt', 'hamilton', 'haslett', 'hawking', 'heisenberg', 'hellman',
  'hermann', 'herschel', 'hertz', 'heyrovsky', 'hodgkin', 'hofstadter', 'hoover', 'hopper',
  'hugle', 'hypatia', 'ishizaka', 'jackson', 'jang', 'jemison', 'jennings', 'jepsen', 'johnson',
  'joliot', 'jones', 'kalam', 'kapitsa', 'kare', 'keldysh', 'keller', 'kepler', 'khayyam',
  'khorana', 'kilby', 'kirch', 'knuth', 'kowalevski', 'lalande', 'lamarr', 'lamport', 'leakey',
  'leavitt', 'lederberg', 'lehmann', 'lewin', 'lichterman', 'liskov', 'lovelace', 'lumiere',
  'mahavira', 'margulis', 'matsumoto', 'maxwell', 'mayer', 'mccarthy', 'mcclintock', 'mclaren',
  'mclean', 'mcnulty', 'meitner', 'mendel', 'mendeleev', 'meninsky', 'merkle', 'mestorf',
  'mirzakhani', 'montalcini', 'moore', 'morse', 'moser', 'murdock', 'napier', 'nash', 'neumann',
  'newton', 'nightingale', 'nobel', 'noether', 'northcutt', 'noyce', 'panini', 'pare', 'pascal',
  'pasteur', 'payne', 'perlman', 'pike', 'poincare', 'poitras', 'proskuriakova', 'ptolemy',
  'raman', 'ramanujan', 'rhodes', 'ride', 'ritchie', 'robinson', 'roentgen', 'rosalind', 'rubin',
  'saha', 'sammet', 'sanderson', 'satoshi', 'shamir', 'shannon', 'shaw', 'shirley', 'shockley',
  'shtern', 'sinoussi', 'snyder', 'solomon', 'spence', 'stonebraker', 'sutherland', 'swanson',
  'swartz', 'swirles', 'taussig', 'tesla', 'tharp', 'thompson', 'torvalds', 'tu', 'turing',
  'varahamihira', 'vaughan', 'villani', 'visvesvaraya', 'volhard', 'wescoff', 'wilbur', 'wiles',
  'williams', 'williamson', 'wilson', 'wing', 'wozniak', 'wright', 'wu', 'yalow', 'yonath',
  'zhukovsky',];

/** `rand(n)` returns an integer in [0, n): the seeded generator the daemon owns. */
export type RandInt = (n: number) => number;

/** namesgenerator.GetRandomName: "adjective_surname", plus one random digit when retry > 0. */
export function generateName(rand: RandInt, retry: number): string {
  let name: string;
  do {
    name = `${NAME_ADJECTIVES[rand(NAME_ADJECTIVES.length)]}_${NAME_SURNAMES[rand(NAME_SURNAMES.length)]}`;
  } while (name === 'boring_wozniak'); // Steve Wozniak is not boring
  if (retry > 0) name += String(rand(10));
  return name;
}

/** How many generated names the daemon tries before falling back to the short ID. */
export const NAME_ATTEMPTS = 6;

/**
 * The daemon's generateAndReserveName: the first of GetRandomName(0) .. GetRandomName(5) that
 * is free; if all six are taken, the container ID truncated to 12 characters (`id`). Without an
 * id (not Docker: the caller has none yet) it keeps drawing digit-suffixed names until one is free.
 * Names are compared without the leading "/" the daemon stores.
 */
export function uniqueName(rand: RandInt, isTaken: (name: string) => boolean, id?: string): string {
  for (let i = 0; i < NAME_ATTEMPTS; i++) {
    const name = generateName(rand, i);
    if (!isTaken(name)) return name;
  }
  if (id !== undefined) {
    const hex = id.includes(':') ? id.slice(id.indexOf(':') + 1) : id;
    return hex.slice(0, 12);
  }
  for (let i = NAME_ATTEMPTS; ; i++) {
    const name = generateName(rand, i);
    if (!isTaken(name)) return name;
  }
}
