// mcr.microsoft.com/dotnet/sdk: the .NET SDK, built FROM the aspnet image of the same release (so their first
// layers are shared). Not on Docker Hub (no stars). Sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { PATH, image, asBase, debianOs, ubuntuOs, alpineOs, oneShot } from './build.ts';
import { aspnet10, aspnet10Alpine, aspnet8 } from './dotnet-aspnet.ts';

const startup = oneShot('runs bash (or sh), which exits at once without -it');

export const dotnetSdk: CatalogRepo = {
  name: 'mcr.microsoft.com/dotnet/sdk',
  official: false,
  description: 'Official images for the .NET SDK (build tools, dotnet CLI, PowerShell).',
  stars: 0,
  images: [
    image({
      tags: ['latest', '10.0', '10.0.400', '10.0-noble', '10.0.400-noble'],
      created: '2026-08-12T18:21:40Z',
      base: asBase(aspnet10),
      seed: 'mcr.microsoft.com/dotnet/sdk:latest',
      layers: [16800000, 151000000, 4200000, 37800000],
      history: [
        'ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false DOTNET_NOLOGO=true DOTNET_SDK_VERSION=10.0.400 DOTNET_USE_POLLING_FILE_WATCHER=true NUGET_XMLDOC_MODE=skip POWERSHELL_DISTRIBUTION_CHANNEL=PSDocker-DotnetSDK-Ubuntu-24.04',
        'RUN /bin/sh -c apt-get update     && apt-get install -y --no-install-recommends         curl         git         libatomic1         wget     && rm -rf /var/lib/apt/lists/* # buildkit',
        'COPY /dotnet /usr/share/dotnet # buildkit',
        'RUN /bin/sh -c ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet     && dotnet help # buildkit',
        'RUN /bin/sh -c powershell_version=7.6.4     && curl -fSL --output PowerShell.Linux.x64.$powershell_version.nupkg https://powershellinfra.blob.core.windows.net/tool/v$powershell_version/PowerShell.Linux.x64.$powershell_version.nupkg # buildkit',
      ],
      config: { Env: [PATH, 'APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080', 'DOTNET_RUNNING_IN_CONTAINER=true', 'DOTNET_VERSION=10.0.11', 'ASPNET_VERSION=10.0.11', 'DOTNET_GENERATE_ASPNET_CERTIFICATE=false', 'DOTNET_NOLOGO=true', 'DOTNET_SDK_VERSION=10.0.400', 'DOTNET_USE_POLLING_FILE_WATCHER=true', 'NUGET_XMLDOC_MODE=skip', 'POWERSHELL_DISTRIBUTION_CHANNEL=PSDocker-DotnetSDK-Ubuntu-24.04'], Cmd: ['/bin/bash'] },
      os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', ['bash', 'curl', 'wget', 'git', 'apt-get', 'apt', 'dpkg', 'dotnet', 'pwsh']),
      startup: startup,
    }),
    image({
      tags: ['10.0-alpine', '10.0-alpine3.24', '10.0.400-alpine3.24'],
      created: '2026-08-12T18:17:02Z',
      base: asBase(aspnet10Alpine),
      seed: 'mcr.microsoft.com/dotnet/sdk:10.0-alpine',
      layers: [15600000, 140000000, 3900000, 35100000],
      history: [
        'ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false DOTNET_NOLOGO=true DOTNET_SDK_VERSION=10.0.400 DOTNET_USE_POLLING_FILE_WATCHER=true NUGET_XMLDOC_MODE=skip POWERSHELL_DISTRIBUTION_CHANNEL=PSDocker-DotnetSDK-Alpine-3.24',
        'RUN /bin/sh -c apk add --upgrade --no-cache         curl         git         icu-data-full         icu-libs         libatomic         tzdata # buildkit',
        'COPY /dotnet /usr/share/dotnet # buildkit',
        'RUN /bin/sh -c ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet     && dotnet help # buildkit',
        'RUN /bin/sh -c powershell_version=7.6.4     && curl -fSL --output PowerShell.Linux.Alpine.x64.$powershell_version.nupkg https://powershellinfra.blob.core.windows.net/tool/v$powershell_version/PowerShell.Linux.Alpine.x64.$powershell_version.nupkg # buildkit',
      ],
      config: { Env: [PATH, 'APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080', 'DOTNET_RUNNING_IN_CONTAINER=true', 'DOTNET_VERSION=10.0.11', 'ASPNET_VERSION=10.0.11', 'DOTNET_GENERATE_ASPNET_CERTIFICATE=false', 'DOTNET_NOLOGO=true', 'DOTNET_SDK_VERSION=10.0.400', 'DOTNET_USE_POLLING_FILE_WATCHER=true', 'NUGET_XMLDOC_MODE=skip', 'POWERSHELL_DISTRIBUTION_CHANNEL=PSDocker-DotnetSDK-Alpine-3.24'], Cmd: ['/bin/sh'] },
      os: alpineOs('3.24.1', ['curl', 'git', 'dotnet', 'pwsh']),
      startup: startup,
    }),
    image({
      tags: ['8.0', '8.0.424', '8.0-bookworm-slim', '8.0.424-bookworm-slim'],
      created: '2026-08-12T18:12:33Z',
      base: asBase(aspnet8),
      seed: 'mcr.microsoft.com/dotnet/sdk:8.0',
      layers: [15600000, 140000000, 3900000, 35100000],
      history: [
        'ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false DOTNET_NOLOGO=true DOTNET_SDK_VERSION=8.0.424 DOTNET_USE_POLLING_FILE_WATCHER=true NUGET_XMLDOC_MODE=skip POWERSHELL_DISTRIBUTION_CHANNEL=PSDocker-DotnetSDK-Debian-12',
        'RUN /bin/sh -c apt-get update     && apt-get install -y --no-install-recommends         curl         git         libatomic1         wget     && rm -rf /var/lib/apt/lists/* # buildkit',
        'COPY /dotnet /usr/share/dotnet # buildkit',
        'RUN /bin/sh -c ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet     && dotnet help # buildkit',
        'RUN /bin/sh -c powershell_version=7.6.4     && curl -fSL --output PowerShell.Linux.x64.$powershell_version.nupkg https://powershellinfra.blob.core.windows.net/tool/v$powershell_version/PowerShell.Linux.x64.$powershell_version.nupkg # buildkit',
      ],
      config: { Env: [PATH, 'APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080', 'DOTNET_RUNNING_IN_CONTAINER=true', 'DOTNET_VERSION=8.0.30', 'ASPNET_VERSION=8.0.30', 'DOTNET_GENERATE_ASPNET_CERTIFICATE=false', 'DOTNET_NOLOGO=true', 'DOTNET_SDK_VERSION=8.0.424', 'DOTNET_USE_POLLING_FILE_WATCHER=true', 'NUGET_XMLDOC_MODE=skip', 'POWERSHELL_DISTRIBUTION_CHANNEL=PSDocker-DotnetSDK-Debian-12'], Cmd: ['/bin/bash'] },
      os: debianOs('12', ['bash', 'curl', 'wget', 'git', 'apt-get', 'apt', 'dpkg', 'dotnet', 'pwsh']),
      startup: startup,
    }),
  ],
};
