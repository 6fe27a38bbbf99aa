// What a file-system error code means, in words a user can act on.

export function fsFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the device';
    case 'ENOENT':
      return 'a directory on its path does not exist';
    case 'ENOTDIR':
      return 'part of the path is a file, not a directory';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ELOOP':
      return 'too many symbolic links on its path';
    case 'EIO':
      return 'an input/output error of the device';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
