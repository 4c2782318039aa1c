// The registry's filesystem storage driver, laid out as distribution writes it under its root
// directory (a volume at /var/lib/registry in the image, so the data goes with that volume):
//   docker/registry/v2/blobs/sha256/<2 hex>/<hex>/data
//   docker/registry/v2/repositories/<name>/_layers/sha256/<hex>/link
//   docker/registry/v2/repositories/<name>/_manifests/revisions/sha256/<hex>/link
//   docker/registry/v2/repositories/<name>/_manifests/tags/<tag>/{current/link,index/sha256/<hex>/link}
//   docker/registry/v2/repositories/<name>/_uploads/<uuid>/{data,startedat}
// Layer bytes are not simulated: a layer's data file declares the layer's size and holds a
// one-line description of it (its unpacked size), which the pulling daemon reads back.
import type { Vfs } from '../../../fs/types.ts';

export interface BlobInfo {
  size: number;
  data: string;
}

const hex = (digest: string) => digest.replace(/^sha256:/, '');

export class RegistryStorage {
  private readonly fs: Vfs;
  private readonly base: string;

  constructor(fs: Vfs, root: string) {
    this.fs = fs;
    this.base = `${root.replace(/\/$/, '')}/docker/registry/v2`;
  }

  private blobPath(digest: string): string {
    const h = hex(digest);
    return `${this.base}/blobs/sha256/${h.slice(0, 2)}/${h}/data`;
  }

  private repo(name: string): string {
    return `${this.base}/repositories/${name}`;
  }

  private read(path: string): string | undefined {
    try {
      return this.fs.readFile(path);
    } catch {
      return undefined;
    }
  }

  private write(path: string, data: string, size?: number): void {
    this.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    this.fs.writeFile(path, data);
    // A layer's data file: its declared size (fs marker files), the body a stand-in.
    if (size !== undefined) {
      const entry = this.fs.store.get(this.fs.realpath(path));
      if (entry?.kind === 'file') this.fs.store.put(this.fs.realpath(path), { ...entry, size });
    }
  }

  blob(digest: string): BlobInfo | undefined {
    const path = this.blobPath(digest);
    const data = this.read(path);
    return data === undefined ? undefined : { size: this.fs.stat(path).size, data };
  }

  /** The blob is linked into the repository (a layer or config it may serve). */
  hasLayer(name: string, digest: string): boolean {
    return this.read(`${this.repo(name)}/_layers/sha256/${hex(digest)}/link`) !== undefined && this.blob(digest) !== undefined;
  }

  putBlob(name: string, digest: string, data: string, size: number): void {
    this.write(this.blobPath(digest), data, size);
    this.linkLayer(name, digest);
  }

  linkLayer(name: string, digest: string): void {
    this.write(`${this.repo(name)}/_layers/sha256/${hex(digest)}/link`, digest);
  }

  startUpload(name: string, uuid: string, startedAt: string): void {
    this.write(`${this.repo(name)}/_uploads/${uuid}/startedat`, startedAt);
    this.write(`${this.repo(name)}/_uploads/${uuid}/data`, '');
  }

  hasUpload(name: string, uuid: string): boolean {
    return this.read(`${this.repo(name)}/_uploads/${uuid}/startedat`) !== undefined;
  }

  finishUpload(name: string, uuid: string): void {
    this.fs.rm(`${this.repo(name)}/_uploads/${uuid}`, { recursive: true, force: true });
  }

  /** A manifest by tag or digest: its digest and body, if the repository has it. */
  manifest(name: string, reference: string): { digest: string; body: string } | undefined {
    const digest = reference.startsWith('sha256:')
      ? reference
      : this.read(`${this.repo(name)}/_manifests/tags/${reference}/current/link`);
    if (!digest || this.read(`${this.repo(name)}/_manifests/revisions/sha256/${hex(digest)}/link`) === undefined) return undefined;
    const body = this.read(this.blobPath(digest));
    return body === undefined ? undefined : { digest, body };
  }

  putManifest(name: string, reference: string, digest: string, body: string): void {
    this.write(this.blobPath(digest), body);
    this.write(`${this.repo(name)}/_manifests/revisions/sha256/${hex(digest)}/link`, digest);
    if (reference.startsWith('sha256:')) return;
    this.write(`${this.repo(name)}/_manifests/tags/${reference}/current/link`, digest);
    this.write(`${this.repo(name)}/_manifests/tags/${reference}/index/sha256/${hex(digest)}/link`, digest);
  }

  repositoryExists(name: string): boolean {
    return this.fs.exists(`${this.repo(name)}/_manifests`);
  }

  tags(name: string): string[] | undefined {
    try {
      return this.fs.readdir(`${this.repo(name)}/_manifests/tags`).sort();
    } catch {
      return undefined;
    }
  }

  /** Repository names in lexical order, found as directories holding _manifests (names nest: me/app). */
  catalog(): string[] {
    const out: string[] = [];
    const walk = (dir: string, prefix: string) => {
      let names: string[];
      try {
        names = this.fs.readdir(dir);
      } catch {
        return;
      }
      if (names.includes('_manifests') && prefix) out.push(prefix);
      for (const n of names) if (!n.startsWith('_')) walk(`${dir}/${n}`, prefix ? `${prefix}/${n}` : n);
    };
    walk(`${this.base}/repositories`, '');
    return out.sort();
  }
}
