// Filesystem errors as typed values: an errno code, the path and the strerror(3) text that
// coreutils and shells print after the colon ("cat: x: No such file or directory").

export type FsErrorCode =
  | 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EROFS' | 'EACCES'
  | 'EINVAL' | 'ELOOP' | 'EBUSY' | 'EXDEV' | 'EPERM';

/** glibc's strerror texts, exactly as `perror` prints them. */
export const STRERROR: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
  EBUSY: 'Device or resource busy',
  EXDEV: 'Invalid cross-device link',
  EPERM: 'Operation not permitted',
};

export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;
  constructor(code: FsErrorCode, path: string) {
    super(STRERROR[code]);
    this.code = code;
    this.path = path;
    this.name = 'FsError';
  }
}

export function fsError(code: FsErrorCode, path: string): FsError {
  return new FsError(code, path);
}

export function isFsError(e: unknown, code?: FsErrorCode): e is FsError {
  return e instanceof FsError && (code === undefined || e.code === code);
}
