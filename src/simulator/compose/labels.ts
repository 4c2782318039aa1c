// The com.docker.compose.* labels compose puts on what it creates (docker/compose
// pkg/api/labels.go) and the texts `up` warns with around them.

export const LABELS = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  configHash: 'com.docker.compose.config-hash',
  containerNumber: 'com.docker.compose.container-number',
  volume: 'com.docker.compose.volume',
  network: 'com.docker.compose.network',
  workingDir: 'com.docker.compose.project.working_dir',
  configFiles: 'com.docker.compose.project.config_files',
  environmentFile: 'com.docker.compose.project.environment_file',
  oneOff: 'com.docker.compose.oneoff',
  image: 'com.docker.compose.image',
  dependsOn: 'com.docker.compose.depends_on',
  version: 'com.docker.compose.version',
  replace: 'com.docker.compose.replace',
} as const;

/** create.go: the warning when containers of removed services remain. */
export function orphanWarning(names: string[]): string {
  return `Found orphan containers (${names.join(', ')}) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`;
}

/** api.GetImageNameOrDefault: the image, else "<project>-<service>" for a service that builds. */
export function imageNameOrDefault(projectName: string, service: { name: string; image?: string }): string {
  return service.image || `${projectName}-${service.name}`;
}
