// The data `plan` works on and returns, after docker/compose pkg/compose observed_state.go
// (what the engine has, read from com.docker.compose.* labels) and plan.go (a DAG of atomic
// operations, each one engine call, numbered in topological order).

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** A container carrying com.docker.compose.project=<project>. */
export interface ObservedContainer {
  id: string;
  /** Canonical name, without the leading "/". */
  name: string;
  /** com.docker.compose.service. */
  service: string;
  /** com.docker.compose.container-number. */
  number: number;
  state: ContainerState;
  /** com.docker.compose.config-hash. */
  configHash: string;
  /** com.docker.compose.oneoff is "True" (`docker compose run`). */
  oneOff?: boolean;
  /** com.docker.compose.image: the image digest the container was created from. */
  imageDigest?: string;
  /** Creation time (ms), the last tie-break when ordering replicas. */
  created: number;
  /** IDs of the networks it is connected to. */
  networkIds?: string[];
  /** Names of the named volumes mounted. */
  volumeNames?: string[];
}

/** A network or volume carrying com.docker.compose.network / .volume = <key>. */
export interface ObservedNetwork {
  id: string;
  name: string;
  key: string;
  configHash?: string;
}

export interface ObservedVolume {
  name: string;
  key: string;
  configHash?: string;
}

export interface ActualState {
  containers: ObservedContainer[];
  networks: ObservedNetwork[];
  volumes: ObservedVolume[];
}

/** api.RecreateDiverged / RecreateForce / RecreateNever. */
export type RecreatePolicy = 'diverged' | 'force' | 'never';

export interface PlanOptions {
  /** Services named on the command line (empty: all). Their dependencies use `recreateDependencies`. */
  services?: string[];
  /** --force-recreate gives "force", --no-recreate "never". */
  recreate?: RecreatePolicy;
  /** --always-recreate-deps gives "force". */
  recreateDependencies?: RecreatePolicy;
  /** --no-deps: only the named services are reconciled. */
  noDeps?: boolean;
  /** --scale SERVICE=N. */
  scale?: Record<string, number>;
  /** --remove-orphans. */
  removeOrphans?: boolean;
  /** -V / --renew-anon-volumes: a recreated container does not inherit anonymous volumes. */
  renewAnonVolumes?: boolean;
  /** Image digest each service's image resolves to now (com.docker.compose.image). */
  imageDigests?: Record<string, string>;
  /** Asked before recreating a volume whose config diverged (data loss); the default declines. */
  confirm?: (message: string) => boolean;
}

export type OperationType =
  | 'CreateNetwork' | 'RemoveNetwork' | 'DisconnectNetwork' | 'ConnectNetwork'
  | 'CreateVolume' | 'RemoveVolume'
  | 'CreateContainer' | 'StartContainer' | 'StopContainer' | 'RemoveContainer' | 'RenameContainer';

interface OperationBase {
  /** "network:backend", "volume:data", "service:web:1", "orphan:app-old-1". */
  resourceId: string;
  /** Why: "not found", "no existing container", "config changed (tmpName)", "scale down"... */
  cause: string;
}

export type Operation =
  | (OperationBase & { type: 'CreateNetwork'; key: string; name: string })
  | (OperationBase & { type: 'RemoveNetwork'; name: string; bestEffort: boolean })
  | (OperationBase & { type: 'DisconnectNetwork' | 'ConnectNetwork'; containerId: string; name: string })
  | (OperationBase & { type: 'CreateVolume'; key: string; name: string })
  | (OperationBase & { type: 'RemoveVolume'; name: string })
  | (OperationBase & { type: 'CreateContainer'; service: string; number: number; name: string; inheritFrom?: string })
  | (OperationBase & { type: 'StartContainer' | 'StopContainer' | 'RemoveContainer'; containerId: string; containerName: string })
  | (OperationBase & { type: 'RenameContainer'; name: string; createNodeId: number });

export interface PlanNode {
  /** 1, 2, 3... in topological order. */
  id: number;
  op: Operation;
  /** Ids of the nodes that must complete first. */
  dependsOn: number[];
  /** Event grouping ("recreate:web:1"): the four steps of one recreation show as one line. */
  group?: string;
}

export interface Plan {
  nodes: PlanNode[];
  /** Running containers the plan leaves alone (compose reports them "Running"). */
  unchanged: ObservedContainer[];
  /** Containers of services no longer in the file. */
  orphans: ObservedContainer[];
}
