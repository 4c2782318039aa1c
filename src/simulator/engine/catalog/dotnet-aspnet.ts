// mcr.microsoft.com/dotnet/aspnet: the ASP.NET Core runtime on Ubuntu 24.04 (noble), alpine and Debian 12 (8.0),
// built runtime-deps -> runtime -> aspnet. Not on Docker Hub (no stars). Sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { PATH, image, debianOs, ubuntuOs, alpineOs, oneShot } from './build.ts';
import { BOOKWORM_SLIM, ALPINE_3_24, UBUNTU_24_04 } from './bases.ts';

const startup = oneShot('runs bash (or sh), which exits at once without -it; an app started with `dotnet app.dll` listens on 8080');

export const aspnet10 = image({
  tags: ['latest', '10.0', '10.0.11', '10.0-noble', '10.0.11-noble'],
  created: '2026-08-12T18:04:27Z',
  base: UBUNTU_24_04,
  seed: 'mcr.microsoft.com/dotnet/aspnet:latest',
  layers: [8270000, 1764, 41300000, 118, 10600000],
  history: [
    'ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true',
    'RUN /bin/sh -c apt-get update     && apt-get install -y --no-install-recommends         ca-certificates                 libc6         libgcc-s1         libicu74         libssl3t64         libstdc++6         tzdata         zlib1g     && rm -rf /var/lib/apt/lists/* # buildkit',
    'RUN /bin/sh -c groupadd         --gid=$APP_UID         app     && useradd -l         --uid=$APP_UID         --gid=$APP_UID         --create-home         app # buildkit',
    'ENV DOTNET_VERSION=10.0.11',
    'COPY /dotnet /usr/share/dotnet # buildkit',
    'RUN /bin/sh -c ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet # buildkit',
    'ENV ASPNET_VERSION=10.0.11',
    'COPY /shared/Microsoft.AspNetCore.App /usr/share/dotnet/shared/Microsoft.AspNetCore.App # buildkit',
  ],
  config: { Env: [PATH, 'APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080', 'DOTNET_RUNNING_IN_CONTAINER=true', 'DOTNET_VERSION=10.0.11', 'ASPNET_VERSION=10.0.11'], Cmd: ['/bin/bash'] },
  os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', ['bash', 'apt-get', 'apt', 'dpkg', 'dotnet']),
  startup: startup,
});

export const aspnet10Alpine = image({
  tags: ['10.0-alpine', '10.0-alpine3.24', '10.0.11-alpine3.24'],
  created: '2026-08-12T18:01:51Z',
  base: ALPINE_3_24,
  seed: 'mcr.microsoft.com/dotnet/aspnet:10.0-alpine',
  layers: [6140000, 1002, 35800000, 118, 9210000],
  history: [
    'ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true',
    'RUN /bin/sh -c apk add --upgrade --no-cache         ca-certificates-bundle                 libgcc         libssl3         libstdc++         zlib # buildkit',
    'RUN /bin/sh -c addgroup         --gid=$APP_UID         app     && adduser         --uid=$APP_UID         --ingroup=app         --disabled-password         app # buildkit',
    'ENV DOTNET_VERSION=10.0.11',
    'COPY /dotnet /usr/share/dotnet # buildkit',
    'RUN /bin/sh -c ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet # buildkit',
    'ENV ASPNET_VERSION=10.0.11',
    'COPY /shared/Microsoft.AspNetCore.App /usr/share/dotnet/shared/Microsoft.AspNetCore.App # buildkit',
  ],
  config: { Env: [PATH, 'APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080', 'DOTNET_RUNNING_IN_CONTAINER=true', 'DOTNET_VERSION=10.0.11', 'ASPNET_VERSION=10.0.11'], Cmd: ['/bin/sh'] },
  os: alpineOs('3.24.1', ['dotnet']),
  startup: startup,
});

export const aspnet8 = image({
  tags: ['8.0', '8.0.30', '8.0-bookworm-slim', '8.0.30-bookworm-slim'],
  created: '2026-08-12T17:58:09Z',
  base: BOOKWORM_SLIM,
  seed: 'mcr.microsoft.com/dotnet/aspnet:8.0',
  layers: [7790000, 1764, 39000000, 118, 10000000],
  history: [
    'ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true',
    'RUN /bin/sh -c apt-get update     && apt-get install -y --no-install-recommends         ca-certificates                 libc6         libgcc-s1         libicu72         libssl3         libstdc++6         tzdata         zlib1g     && rm -rf /var/lib/apt/lists/* # buildkit',
    'RUN /bin/sh -c groupadd         --gid=$APP_UID         app     && useradd -l         --uid=$APP_UID         --gid=$APP_UID         --create-home         app # buildkit',
    'ENV DOTNET_VERSION=8.0.30',
    'COPY /dotnet /usr/share/dotnet # buildkit',
    'RUN /bin/sh -c ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet # buildkit',
    'ENV ASPNET_VERSION=8.0.30',
    'COPY /shared/Microsoft.AspNetCore.App /usr/share/dotnet/shared/Microsoft.AspNetCore.App # buildkit',
  ],
  config: { Env: [PATH, 'APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080', 'DOTNET_RUNNING_IN_CONTAINER=true', 'DOTNET_VERSION=8.0.30', 'ASPNET_VERSION=8.0.30'], Cmd: ['/bin/bash'] },
  os: debianOs('12', ['bash', 'apt-get', 'apt', 'dpkg', 'dotnet']),
  startup: startup,
});

export const dotnetAspnet: CatalogRepo = {
  name: 'mcr.microsoft.com/dotnet/aspnet',
  official: false,
  description: 'Official images for the ASP.NET Core runtime (run published apps).',
  stars: 0,
  images: [
    aspnet10,
    aspnet10Alpine,
    aspnet8,
  ],
};
