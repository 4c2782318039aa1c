// maven: Maven 3.9.16 on eclipse-temurin JDKs (Ubuntu 24.04 noble, alpine). Sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { L, derive, image, asBase, ubuntuOs, alpineOs, oneShot } from './build.ts';
import { UBUNTU_24_04 } from './bases.ts';
import { temurin21Alpine } from './eclipse-temurin.ts';

// mvn is the toolchain model's (programs/toolchain/maven.ts): with no goals, Maven's NoGoalSpecifiedException report, exit 1.
const startup = oneShot('`docker run maven` runs mvn with no goals: it fails at once (exit 1)');
const tools = ['bash', 'curl', 'apt-get', 'apt', 'dpkg', 'git', 'ssh', 'java', 'javac', 'mvn'];

const TEMURIN_26_NOBLE = derive(UBUNTU_24_04, [L('eclipse-temurin:26-jdk-noble:0', 25500000), L('eclipse-temurin:26-jdk-noble:1', 157000000), L('eclipse-temurin:26-jdk-noble:2', 161), L('eclipse-temurin:26-jdk-noble:3', 2216)], ['ENV JAVA_HOME=/opt/java/openjdk', 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8', 'RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         binutils         tzdata         locales     ; # buildkit', 'ENV JAVA_VERSION=jdk-26.0.2+10', 'RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     case "${ARCH}" in        amd64)          ESUM=\'37ad51e0e2eb9a4d693ff53cd2ab3d5d99a1644a8ee38a82459ee38c123e08ef\'; # buildkit', 'RUN /bin/sh -c set -eux;     echo "Verifying install ...";     fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; [ "$fileEncoding" = \'UTF-8\' ]; # buildkit', 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit', 'ENTRYPOINT ["/__cacert_entrypoint.sh"]', 'CMD ["jshell"]']);

const TEMURIN_21_NOBLE = derive(UBUNTU_24_04, [L('eclipse-temurin:21-jdk-noble:0', 24100000), L('eclipse-temurin:21-jdk-noble:1', 148000000), L('eclipse-temurin:21-jdk-noble:2', 161), L('eclipse-temurin:21-jdk-noble:3', 2216)], ['ENV JAVA_HOME=/opt/java/openjdk', 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8', 'RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         binutils         tzdata         locales     ; # buildkit', 'ENV JAVA_VERSION=jdk-21.0.12+8', 'RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     case "${ARCH}" in        amd64)          ESUM=\'68980f2afc4529a02f9fddce462641ea3593dea76386c20fc5b064649f53b2a0\'; # buildkit', 'RUN /bin/sh -c set -eux;     echo "Verifying install ...";     fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; [ "$fileEncoding" = \'UTF-8\' ]; # buildkit', 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit', 'ENTRYPOINT ["/__cacert_entrypoint.sh"]', 'CMD ["jshell"]']);

const TEMURIN_17_NOBLE = derive(UBUNTU_24_04, [L('eclipse-temurin:17-jdk-noble:0', 22800000), L('eclipse-temurin:17-jdk-noble:1', 140000000), L('eclipse-temurin:17-jdk-noble:2', 161), L('eclipse-temurin:17-jdk-noble:3', 2216)], ['ENV JAVA_HOME=/opt/java/openjdk', 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8', 'RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         binutils         tzdata         locales     ; # buildkit', 'ENV JAVA_VERSION=jdk-17.0.20+8', 'RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     case "${ARCH}" in        amd64)          ESUM=\'58bfd025f833facd952cfad2bba8e07afb1820a30d41d6f8bf22889634c88700\'; # buildkit', 'RUN /bin/sh -c set -eux;     echo "Verifying install ...";     fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; [ "$fileEncoding" = \'UTF-8\' ]; # buildkit', 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit', 'ENTRYPOINT ["/__cacert_entrypoint.sh"]', 'CMD ["jshell"]']);

const TEMURIN_21_ALPINE = asBase(temurin21Alpine);

export const maven: CatalogRepo = {
  name: 'maven',
  official: true,
  description: 'Apache Maven is a software project management and comprehension tool.',
  stars: 1600,
  images: [
    image({
      tags: ['latest', '3', '3.9', '3.9.16', 'eclipse-temurin', '3-eclipse-temurin', '3.9.16-eclipse-temurin-26', '3.9.16-eclipse-temurin-26-noble'],
      created: '2026-08-15T02:11:53Z',
      base: TEMURIN_26_NOBLE,
      seed: 'maven:latest',
      layers: [9550000, 38200000, 924, 363, 113],
      history: [
        'RUN /bin/sh -c apt-get update   && apt-get install -y ca-certificates curl git openssh-client --no-install-recommends   && rm -rf /var/lib/apt/lists/* # buildkit',
        'LABEL org.opencontainers.image.title=Apache Maven',
        'LABEL org.opencontainers.image.source=https://github.com/carlossg/docker-maven',
        'LABEL org.opencontainers.image.url=https://github.com/carlossg/docker-maven',
        "LABEL org.opencontainers.image.description=Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information.",
        'ENV MAVEN_HOME=/usr/share/maven',
        'COPY /usr/share/maven /usr/share/maven # buildkit',
        'COPY /usr/local/bin/mvn-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh # buildkit',
        'COPY /usr/share/maven/ref/settings-docker.xml /usr/share/maven/ref/settings-docker.xml # buildkit',
        'RUN /bin/sh -c ln -s ${MAVEN_HOME}/bin/mvn /usr/bin/mvn # buildkit',
        'ARG MAVEN_VERSION=3.9.16',
        'ARG USER_HOME_DIR=/root',
        'ENV MAVEN_CONFIG=/root/.m2',
        'ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]',
        'CMD ["mvn"]',
      ],
      config: { Env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8', 'JAVA_VERSION=jdk-26.0.2+10', 'MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'], Entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], Cmd: ['mvn'], Labels: { 'org.opencontainers.image.title': 'Apache Maven', 'org.opencontainers.image.source': 'https://github.com/carlossg/docker-maven', 'org.opencontainers.image.url': 'https://github.com/carlossg/docker-maven', 'org.opencontainers.image.description': "Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information." } },
      os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', tools),
      startup: startup,
    }),
    image({
      tags: ['3-eclipse-temurin-21', '3.9-eclipse-temurin-21', '3.9.16-eclipse-temurin-21', '3-eclipse-temurin-21-noble'],
      created: '2026-08-15T02:08:30Z',
      base: TEMURIN_21_NOBLE,
      seed: 'maven:3-eclipse-temurin-21',
      layers: [9630000, 38500000, 924, 363, 113],
      history: [
        'RUN /bin/sh -c apt-get update   && apt-get install -y ca-certificates curl git openssh-client --no-install-recommends   && rm -rf /var/lib/apt/lists/* # buildkit',
        'LABEL org.opencontainers.image.title=Apache Maven',
        'LABEL org.opencontainers.image.source=https://github.com/carlossg/docker-maven',
        'LABEL org.opencontainers.image.url=https://github.com/carlossg/docker-maven',
        "LABEL org.opencontainers.image.description=Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information.",
        'ENV MAVEN_HOME=/usr/share/maven',
        'COPY /usr/share/maven /usr/share/maven # buildkit',
        'COPY /usr/local/bin/mvn-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh # buildkit',
        'COPY /usr/share/maven/ref/settings-docker.xml /usr/share/maven/ref/settings-docker.xml # buildkit',
        'RUN /bin/sh -c ln -s ${MAVEN_HOME}/bin/mvn /usr/bin/mvn # buildkit',
        'ARG MAVEN_VERSION=3.9.16',
        'ARG USER_HOME_DIR=/root',
        'ENV MAVEN_CONFIG=/root/.m2',
        'ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]',
        'CMD ["mvn"]',
      ],
      config: { Env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8', 'JAVA_VERSION=jdk-21.0.12+8', 'MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'], Entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], Cmd: ['mvn'], Labels: { 'org.opencontainers.image.title': 'Apache Maven', 'org.opencontainers.image.source': 'https://github.com/carlossg/docker-maven', 'org.opencontainers.image.url': 'https://github.com/carlossg/docker-maven', 'org.opencontainers.image.description': "Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information." } },
      os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', tools),
      startup: startup,
    }),
    image({
      tags: ['3-eclipse-temurin-17', '3.9-eclipse-temurin-17', '3.9.16-eclipse-temurin-17', '3-eclipse-temurin-17-noble'],
      created: '2026-08-15T02:05:17Z',
      base: TEMURIN_17_NOBLE,
      seed: 'maven:3-eclipse-temurin-17',
      layers: [9490000, 37900000, 924, 363, 113],
      history: [
        'RUN /bin/sh -c apt-get update   && apt-get install -y ca-certificates curl git openssh-client --no-install-recommends   && rm -rf /var/lib/apt/lists/* # buildkit',
        'LABEL org.opencontainers.image.title=Apache Maven',
        'LABEL org.opencontainers.image.source=https://github.com/carlossg/docker-maven',
        'LABEL org.opencontainers.image.url=https://github.com/carlossg/docker-maven',
        "LABEL org.opencontainers.image.description=Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information.",
        'ENV MAVEN_HOME=/usr/share/maven',
        'COPY /usr/share/maven /usr/share/maven # buildkit',
        'COPY /usr/local/bin/mvn-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh # buildkit',
        'COPY /usr/share/maven/ref/settings-docker.xml /usr/share/maven/ref/settings-docker.xml # buildkit',
        'RUN /bin/sh -c ln -s ${MAVEN_HOME}/bin/mvn /usr/bin/mvn # buildkit',
        'ARG MAVEN_VERSION=3.9.16',
        'ARG USER_HOME_DIR=/root',
        'ENV MAVEN_CONFIG=/root/.m2',
        'ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]',
        'CMD ["mvn"]',
      ],
      config: { Env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8', 'JAVA_VERSION=jdk-17.0.20+8', 'MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'], Entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], Cmd: ['mvn'], Labels: { 'org.opencontainers.image.title': 'Apache Maven', 'org.opencontainers.image.source': 'https://github.com/carlossg/docker-maven', 'org.opencontainers.image.url': 'https://github.com/carlossg/docker-maven', 'org.opencontainers.image.description': "Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information." } },
      os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', tools),
      startup: startup,
    }),
    image({
      tags: ['3-eclipse-temurin-21-alpine', '3.9-eclipse-temurin-21-alpine', '3.9.16-eclipse-temurin-21-alpine'],
      created: '2026-08-21T00:42:11Z',
      base: TEMURIN_21_ALPINE,
      seed: 'maven:3-eclipse-temurin-21-alpine',
      layers: [4910000, 19600000, 924, 363, 113],
      history: [
        'RUN /bin/sh -c apk add --no-cache bash procps curl tar openssh-client # buildkit',
        'LABEL org.opencontainers.image.title=Apache Maven',
        'LABEL org.opencontainers.image.source=https://github.com/carlossg/docker-maven',
        'LABEL org.opencontainers.image.url=https://github.com/carlossg/docker-maven',
        "LABEL org.opencontainers.image.description=Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information.",
        'ENV MAVEN_HOME=/usr/share/maven',
        'COPY /usr/share/maven /usr/share/maven # buildkit',
        'COPY /usr/local/bin/mvn-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh # buildkit',
        'COPY /usr/share/maven/ref/settings-docker.xml /usr/share/maven/ref/settings-docker.xml # buildkit',
        'RUN /bin/sh -c ln -s ${MAVEN_HOME}/bin/mvn /usr/bin/mvn # buildkit',
        'ARG MAVEN_VERSION=3.9.16',
        'ARG USER_HOME_DIR=/root',
        'ENV MAVEN_CONFIG=/root/.m2',
        'ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]',
        'CMD ["mvn"]',
      ],
      config: { Env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8', 'JAVA_VERSION=jdk-21.0.12+8', 'MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'], Entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], Cmd: ['mvn'], Labels: { 'org.opencontainers.image.title': 'Apache Maven', 'org.opencontainers.image.source': 'https://github.com/carlossg/docker-maven', 'org.opencontainers.image.url': 'https://github.com/carlossg/docker-maven', 'org.opencontainers.image.description': "Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information." } },
      os: alpineOs('3.24.1', ['bash', 'curl', 'ssh', 'java', 'javac', 'mvn']),
      startup: startup,
    }),
  ],
};
