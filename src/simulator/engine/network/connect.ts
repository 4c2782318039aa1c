// POST /networks/{id}/connect and /disconnect (moby daemon ConnectToNetwork and
// DisconnectFromNetwork): a running container joins or leaves at once; a stopped one only has
// its configuration changed (a network that does not exist is even recorded by name, to fail
// at start). The real errors: an endpoint with the container's name already on the network,
// a host-mode or none-mode container, a container that is not connected.
import { DaemonError } from '../../errors/daemon-error.ts';
import { getContainer } from '../containers/lookup.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord, NetworkRecord } from '../state.ts';
import { cleanOperationalData, dnsNames, gatewayEndpoint, joinNetwork } from './attach.ts';
import { emptyEndpoint, endpointSettingsError, endpointsOf, type EndpointRequest } from './endpoint-config.ts';
import { findNetwork, isUserDefined, networkEndpoints } from './networks.ts';
import { logEndpointEvent } from '../events.ts';

function invalid(message: string): DaemonError {
  return new DaemonError('invalidParameter', message);
}

function removalError(c: ContainerRecord): DaemonError {
  return new DaemonError('system', `Container ${c.id} is marked for removal and cannot be connected or disconnected to the network`);
}

function isLive(c: ContainerRecord): boolean {
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}

/** updateNetworkSettings: the namespace rules (host, none, shared namespaces). Returns false for "already there". */
function checkNamespaces(engine: Engine, c: ContainerRecord, net: NetworkRecord): boolean {
  if (c.hostConfig.NetworkMode !== 'host' && net.driver === 'host') {
    throw invalid('cannot connect container to host network - container must be created in host network mode');
  }
  for (const [name, ep] of Object.entries(endpointsOf(c))) {
    const other = (ep.NetworkID && engine.state.networks[ep.NetworkID]) || findNetwork(engine, name);
    if (!other) continue;
    if (other.name === net.name) return false;
    const isPrivate = (n: NetworkRecord) => n.driver !== 'host';
    if (!isPrivate(other) || !isPrivate(net)) {
      throw invalid('container sharing network namespace with another container or host cannot be connected to any other network');
    }
    if (other.name === 'none' || net.name === 'none') {
      throw invalid('container cannot be connected to multiple networks with one of the networks in private (none) mode');
    }
  }
  return true;
}

/** ConnectContainerToNetwork. */
export function connectContainer(engine: Engine, containerRef: string, networkRef: string, req: EndpointRequest): void {
  const c = getContainer(engine, containerRef);
  if (c.hostConfig.NetworkMode.startsWith('container:')) {
    throw invalid('container sharing network namespace with another container or host cannot be connected to any other network');
  }
  if (!isLive(c)) {
    if (c.state.status === 'removing' || c.state.status === 'dead') throw removalError(c);
    const net = findNetwork(engine, networkRef);
    if (!net) {
      endpointsOf(c)[networkRef] = emptyEndpoint(req);
    } else {
      const err = endpointSettingsError(engine, net.name, req);
      if (err) throw invalid(err);
      if (checkNamespaces(engine, c, net)) {
        const ep = emptyEndpoint(req);
        // updateNetworkConfig: DNS names are set for a user-defined network even before the start.
        if (isUserDefined(net.name)) ep.DNSNames = dnsNames(c, ep);
        endpointsOf(c)[net.name] = ep;
      }
    }
    engine.emit('network connect');
    return;
  }
  const net = findNetwork(engine, networkRef);
  if (!net) throw new DaemonError('notFound', `network ${networkRef} not found`);
  const err = endpointSettingsError(engine, net.name, req);
  if (err) throw invalid(err);
  checkNamespaces(engine, c, net);
  if (networkEndpoints(engine, net).some((e) => e.container.name === c.name)) {
    throw new DaemonError('forbidden', `endpoint with name ${c.name} already exists in network ${net.name}`);
  }
  const ep = emptyEndpoint(req);
  joinNetwork(engine, c, net.name, ep, engine.now());
  endpointsOf(c)[net.name] = ep;
  logEndpointEvent(engine, c, net, 'connect');
  engine.emit('network connect');
}

/** DisconnectContainerFromNetwork. */
export function disconnectContainer(engine: Engine, containerRef: string, networkRef: string, force: boolean): void {
  const c = getContainer(engine, containerRef);
  const net = findNetwork(engine, networkRef);
  const eps = endpointsOf(c);
  if (!isLive(c) || (!net && force)) {
    if (c.state.status === 'removing' || c.state.status === 'dead') throw removalError(c);
    const name = net?.name ?? networkRef;
    if (!eps[name]) throw new DaemonError('system', `container ${c.id} is not connected to the network ${name}`);
    delete eps[name];
    engine.emit('network disconnect');
    return;
  }
  if (!net) throw new DaemonError('notFound', `network ${networkRef} not found`);
  if (c.hostConfig.NetworkMode === 'host' && net.driver === 'host') {
    throw invalid('cannot disconnect container from host network - container was created in host network mode');
  }
  const ep = eps[net.name];
  if (!ep || !ep.EndpointID || ep.NetworkID !== net.id) {
    throw new DaemonError('system', `container ${c.id} is not connected to network ${net.name}`);
  }
  // The published ports live on the gateway endpoint: they go with it.
  if (gatewayEndpoint(engine, c)?.ep === ep) c.portMappings = undefined;
  cleanOperationalData(ep);
  delete eps[net.name];
  logEndpointEvent(engine, c, net, 'disconnect');
  engine.emit('network disconnect');
}
