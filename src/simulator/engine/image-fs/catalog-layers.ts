// A catalog image's files as two generated layers: the base OS (fs/image-rootfs.ts, one object
// for every image on the same OS release, dated by the oldest such image) and its app layer
// (app-layer.ts). Both are cached, so a hundred nginx containers share two layer objects.
import { imageRootfs, type OsFamily, type RootfsSpec } from '../../fs/image-rootfs.ts';
import type { Layer } from '../../fs/layer.ts';
import { BASE_DATES, findRepo } from '../catalog/index.ts';
import type { CatalogImage, CatalogRepo, OsInfo } from '../catalog/types.ts';
import { appLayer } from './app-layer.ts';

const FAMILY: Record<string, OsFamily> = {
  debian: 'debian',
  ubuntu: 'ubuntu',
  alpine: 'alpine',
  busybox: 'busybox',
  oraclelinux: 'debian',
  rhel: 'debian',
};

/** The layout a catalog OS is generated with (RHEL-like ones borrow the debian tree). */
export function rootfsFamily(os: OsInfo): OsFamily {
  return FAMILY[os.family] ?? 'scratch';
}

/** /etc/os-release of the RHEL-family bases, which fs/rootfs-etc.ts does not know. */
function rhelOsRelease(os: OsInfo): string | undefined {
  const v = os.versionId ?? '';
  if (os.family === 'oraclelinux') {
    return `NAME="Oracle Linux Server"\nVERSION="${v}"\nID="ol"\nID_LIKE="fedora"\nVARIANT="Server"\nVARIANT_ID="server"\nVERSION_ID="${v}"\nPLATFORM_ID="platform:el${v.split('.')[0]}"\nPRETTY_NAME="${os.prettyName}"\nANSI_COLOR="0;31"\nHOME_URL="https://linux.oracle.com/"\nBUG_REPORT_URL="https://github.com/oracle/oracle-linux"\n`;
  }
  if (os.family === 'rhel') {
    const code = /\((\w+)\)/.exec(os.prettyName ?? '')?.[1] ?? '';
    return `NAME="Red Hat Enterprise Linux"\nVERSION="${v} (${code})"\nID="rhel"\nID_LIKE="fedora"\nVERSION_ID="${v}"\nPLATFORM_ID="platform:el${v.split('.')[0]}"\nPRETTY_NAME="${os.prettyName}"\nANSI_COLOR="0;31"\nHOME_URL="https://www.redhat.com/"\nBUG_REPORT_URL="https://issues.redhat.com/"\n`;
  }
  return undefined;
}

/** The oldest creation date among catalog images on this OS release: the base layer's mtime. */
function baseDate(image: CatalogImage): number {
  const os = image.osInfo;
  return Date.parse(BASE_DATES[`${os.family}:${os.versionId}`] ?? image.created) || 0;
}

function baseSpec(image: CatalogImage): RootfsSpec {
  const os = image.osInfo;
  const family = rootfsFamily(os);
  const spec: RootfsSpec = { family, created: baseDate(image) };
  if (os.versionId && family !== 'busybox' && family !== 'scratch') spec.version = os.versionId;
  const point = /(\d+\.\d+\.\d+)/.exec(os.prettyName ?? '')?.[1];
  if (family === 'ubuntu' && point) spec.pointRelease = point;
  const release = rhelOsRelease(os);
  if (release) spec.files = { '/etc/os-release': release };
  return spec;
}

const cache = new Map<string, Layer[]>();

/** The filesystem layers (bottom first) of a catalog image. */
export function catalogLayers(repo: CatalogRepo, image: CatalogImage): Layer[] {
  const key = `${repo.name}:${image.tags[0]}`;
  let layers = cache.get(key);
  if (!layers) {
    const base = imageRootfs(baseSpec(image));
    layers = [base, appLayer(repo, image, base, rootfsFamily(image.osInfo))];
    cache.set(key, layers);
  }
  return layers;
}

/** The catalog repository and image a `{ repo, tag }` reference names, if the catalog has them. */
export function catalogImage(ref: { repo: string; tag: string } | undefined): { repo: CatalogRepo; image: CatalogImage } | undefined {
  const repo = ref ? findRepo(ref.repo) : undefined;
  const image = repo?.images.find((im) => im.tags.includes(ref?.tag ?? ''));
  return repo && image ? { repo, image } : undefined;
}
