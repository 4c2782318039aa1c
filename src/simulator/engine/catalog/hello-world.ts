// hello-world: a static /hello that prints its message and exits 0 (FROM scratch).
// Message text, config and sizes from shared/data/images.json.
import type { CatalogRepo } from './types.ts';
import { PATH, L, SCRATCH, image, os } from './build.ts';

const message = ['', 'Hello from Docker!', 'This message shows that your installation appears to be working correctly.', '', 'To generate this message, Docker took the following steps:', ' 1. The Docker client contacted the Docker daemon.', ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.', '    (amd64)', ' 3. The Docker daemon created a new container from that image which runs the', '    executable that produces the output you are currently reading.', ' 4. The Docker daemon streamed that output to the Docker client, which sent it', '    to your terminal.', '', 'To try something more ambitious, you can run an Ubuntu container with:', ' $ docker run -it ubuntu bash', '', 'Share images, automate workflows, and more with a free Docker ID:', ' https://hub.docker.com/', '', 'For more examples and ideas, visit:', ' https://docs.docker.com/get-started/', '', ''];

export const helloWorld: CatalogRepo = {
  name: 'hello-world',
  official: true,
  description: 'Hello World! (an example of minimal Dockerization)',
  stars: 2400,
  images: [
    image({
      tags: ['latest', 'linux'],
      created: '2026-08-12T18:02:53Z',
      base: SCRATCH,
      layers: [L('hello-world:latest:0', 2479, 10072)],
      history: [
        'COPY hello / # buildkit',
        'CMD ["/hello"]',
      ],
      config: { Env: [PATH], Cmd: ['/hello'] },
      os: os('scratch', null, null, null, []),
      startup: { listensOn: [], dataDir: null, requiredEnv: [], missingEnvError: null, logLines: message, exitBehaviour: 'prints the message and exits with code 0 immediately' },
    }),
  ],
  content: {
    'hello': '\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n\nTo generate this message, Docker took the following steps:\n 1. The Docker client contacted the Docker daemon.\n 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.\n    (amd64)\n 3. The Docker daemon created a new container from that image which runs the\n    executable that produces the output you are currently reading.\n 4. The Docker daemon streamed that output to the Docker client, which sent it\n    to your terminal.\n\nTo try something more ambitious, you can run an Ubuntu container with:\n $ docker run -it ubuntu bash\n\nShare images, automate workflows, and more with a free Docker ID:\n https://hub.docker.com/\n\nFor more examples and ideas, visit:\n https://docs.docker.com/get-started/\n\n',
  },
};
