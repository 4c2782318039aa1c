// Simulated daemon round-trips, in ms of simulated time: the engine's calls take no time of their
// own, but compose's TTY display times each resource ("Started 0.3s"), so each call compose makes
// moves the clock by about what it takes on a real host.
export const LATENCY = {
  createNetwork: 90,
  removeNetwork: 140,
  createVolume: 10,
  createContainer: 45,
  startContainer: 210,
  stopContainer: 30,
  removeContainer: 35,
} as const;
