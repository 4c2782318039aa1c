// The registries' records in WorldState.registries (plain JSON, so snapshots carry them): the
// simulated Docker Hub's accounts and the repositories learners pushed there, and the daemon's
// distribution-source labels (which repositories a blob was pushed to, for cross-repo mounts).
// Images pushed to a registry container live in that container's files instead (storage.ts).
import type { HistoryEntry, ImageConfig } from '../catalog/types.ts';
import type { LayerRef } from '../state.ts';

/** A Docker ID that logged in: the first login creates it with that password (accounts.ts). */
export interface HubAccount {
  passwordHash: string;
  created: number;
}

/** What a registry holds for one pushed manifest: enough to rebuild the image on pull. */
export interface PushedImage {
  /** The digest pushed (an index, or a platform manifest): the image's ID once pulled back. */
  digest: string;
  mediaType: string;
  /** Size of the pushed manifest or index, as the digest line prints it. */
  size: number;
  created: string;
  layers: LayerRef[];
  config: ImageConfig;
  history: HistoryEntry[];
  /** The catalog image its bottom layers come from (its files and program facts). */
  from?: { repo: string; tag: string };
  comment?: string;
  author?: string;
}

export interface HubRepo {
  /** Tag -> manifest digest. */
  tags: Record<string, string>;
  manifests: Record<string, PushedImage>;
  /** Simulated time of the last push (search lists newer repositories first among equals). */
  lastPushed: number;
}

export interface RegistriesState {
  /** Docker IDs by lower-case name. */
  accounts: Record<string, HubAccount>;
  /** Docker Hub repositories pushed here, by path ('me/app'). */
  hub: Record<string, HubRepo>;
  /** Blob digest -> 'domain/path' repositories it was pushed to (containerd.io/distribution.source labels). */
  sources: Record<string, string[]>;
}
