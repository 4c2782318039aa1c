// nicolaka/netshoot: the network troubleshooting image (v0.16, Alpine 3.24.1 plus packages from
// edge; github.com/nicolaka/netshoot). Config and steps from its Dockerfile; sizes and the
// creation date (a rebuild on the catalog's alpine:3.24.1) are estimates.
// Its tools here are the ones the simulator models (dig, curl, ping, wget ...); zsh is its CMD.
import type { CatalogRepo } from './types.ts';
import { EMPTY_LAYER, PATH, image, alpineOs, oneShot } from './build.ts';
import { ALPINE_3_24 } from './bases.ts';

const tools = ['bash', 'zsh', 'curl', 'dig', 'nslookup', 'host', 'drill', 'jq', 'git', 'vim', 'python3', 'tcpdump', 'nmap', 'iperf3', 'socat', 'openssl', 'ss', 'mtr'];

export const netshoot: CatalogRepo = {
  name: 'nicolaka/netshoot',
  official: false,
  description: 'a Docker + Kubernetes network trouble-shooting swiss-army container',
  stars: 1300,
  images: [
    image({
      tags: ['latest', 'v0.16'],
      created: '2026-08-04T09:12:40Z',
      base: ALPINE_3_24,
      seed: 'nicolaka/netshoot:latest',
      layers: [162400000, 4390000, 27800000, 20900000, 9460000, 11200000, EMPTY_LAYER, 3710000, 312000, 8950000, 1240, 512, 13100000, 1420],
      history: [
        'RUN /bin/sh -c set -ex     && echo "http://dl-cdn.alpinelinux.org/alpine/edge/main" >> /etc/apk/repositories     && echo "http://dl-cdn.alpinelinux.org/alpine/edge/testing" >> /etc/apk/repositories     && echo "http://dl-cdn.alpinelinux.org/alpine/edge/community" >> /etc/apk/repositories     && apk update     && apk upgrade     && apk add --no-cache     apache2-utils     bash     bind-tools # buildkit',
        'COPY /tmp/ctop /usr/local/bin/ctop # buildkit',
        'COPY /tmp/calicoctl /usr/local/bin/calicoctl # buildkit',
        'COPY /tmp/termshark /usr/local/bin/termshark # buildkit',
        'COPY /tmp/grpcurl /usr/local/bin/grpcurl # buildkit',
        'COPY /tmp/fortio /usr/local/bin/fortio # buildkit',
        'USER root',
        'WORKDIR /root',
        'ENV HOSTNAME=netshoot',
        'RUN /bin/sh -c curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh | sh # buildkit',
        'RUN /bin/sh -c git clone https://github.com/zsh-users/zsh-autosuggestions ${ZSH_CUSTOM:-~/.oh-my-zsh/custom}/plugins/zsh-autosuggestions # buildkit',
        'RUN /bin/sh -c git clone --depth=1 https://github.com/romkatv/powerlevel10k.git ${ZSH_CUSTOM:-$HOME/.oh-my-zsh/custom}/themes/powerlevel10k # buildkit',
        'COPY zshrc .zshrc # buildkit',
        'COPY motd motd # buildkit',
        'RUN /bin/sh -c chmod -R g=u /root # buildkit',
        'RUN /bin/sh -c chown root:root /usr/bin/dumpcap # buildkit',
        'CMD ["zsh"]',
      ],
      config: { Env: [PATH, 'HOSTNAME=netshoot'], Cmd: ['zsh'], WorkingDir: '/root', User: 'root' },
      os: alpineOs('3.24.1', tools),
      startup: oneShot('`docker run nicolaka/netshoot` without -it: zsh reads end of input and exits 0'),
    }),
  ],
};
