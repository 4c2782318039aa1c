// mvn, as a model of Maven 3.9's default lifecycle: goals (clean, compile, test, package, verify,
// install, dependency:go-offline, dependency:resolve) and the usual flags (-B, -q, -DskipTests,
// -Dmaven.test.skip=true, -f FILE). It reads pom.xml (groupId, artifactId, version, packaging, a
// Spring Boot parent), prints Maven's own log layout, trimmed to one line per plugin download,
// and writes target/classes and target/<artifactId>-<version>.jar. No goal: Maven's
// NoGoalSpecifiedException report; no pom.xml: its MissingProjectException report (exit 1).
import { encodeProgram, MAGIC, type ProgramSpec } from './artifact.ts';
import { listFiles, literalArgs, readText, writeOut, type Tool } from './common.ts';

interface Pom {
  dir: string;
  groupId: string;
  artifactId: string;
  version: string;
  packaging: string;
  name: string;
  boot: boolean;
}

const LINE = '-'.repeat(72);
const SPRING_BANNER = `
  .   ____          _            __ _ _
 /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\
( ( )\\___ | '_ | '_| | '_ \\/ _\` | \\ \\ \\ \\
 \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )
  '  |____| .__|_| |_|_| |_\\__, | / / / /
 =========|_|==============|___/=/_/_/_/

 :: Spring Boot ::                (v3.5.6)

`;
const PLUGINS: [string, string, string][] = [
  ['resources', 'maven-resources-plugin', '3.3.1'],
  ['compiler', 'maven-compiler-plugin', '3.13.0'],
  ['surefire', 'maven-surefire-plugin', '3.2.5'],
  ['jar', 'maven-jar-plugin', '3.4.1'],
];

function tag(xml: string, name: string): string {
  return new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`).exec(xml)?.[1] ?? '';
}

function parsePom(dir: string, xml: string): Pom {
  const parent = /<parent>([\s\S]*?)<\/parent>/.exec(xml)?.[1] ?? '';
  const own = xml.replace(/<parent>[\s\S]*?<\/parent>/, '').replace(/<dependencies>[\s\S]*<\/dependencies>/, '').replace(/<build>[\s\S]*<\/build>/, '');
  const artifactId = tag(own, 'artifactId');
  return {
    dir,
    groupId: tag(own, 'groupId') || tag(parent, 'groupId'),
    artifactId,
    version: tag(own, 'version') || tag(parent, 'version'),
    packaging: tag(own, 'packaging') || 'jar',
    name: tag(own, 'name') || artifactId,
    boot: tag(parent, 'artifactId') === 'spring-boot-starter-parent',
  };
}

/** Maven's BUILD FAILURE report for an error before any project builds, exit 1. */
function failure(t: Tool, message: string, exception: string): number {
  const time = new Date(t.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  const info = ['Scanning for projects...', LINE, 'BUILD FAILURE', LINE, 'Total time:  0.089 s', `Finished at: ${time}`, LINE];
  const err = [
    `${message} -> [Help 1]`,
    '', 'To see the full stack trace of the errors, re-run Maven with the -e switch.', 'Re-run Maven using the -X switch to enable full debug logging.', '',
    'For more information about the errors and possible solutions, please read the following articles:',
    `[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/${exception}`,
  ];
  t.out([...info.map((l) => `[INFO] ${l}`), ...err.map((l) => `[ERROR] ${l}`)].map((l) => `${l}\n`).join(''));
  return 1;
}

function missingPom(t: Tool, dir: string): number {
  return failure(t, `The goal you specified requires a project to execute but there is no POM in this directory (${dir}). Please verify you invoked Maven from the correct directory.`, 'MissingProjectException');
}

const PHASES = 'pre-clean, clean, post-clean, validate, initialize, generate-sources, process-sources, generate-resources, process-resources, compile, process-classes, generate-test-sources, process-test-sources, generate-test-resources, process-test-resources, test-compile, process-test-classes, test, prepare-package, package, pre-integration-test, integration-test, post-integration-test, verify, install, deploy, pre-site, site, post-site, site-deploy';

/** `mvn` without a goal (what `docker run maven` runs), with or without a pom.xml. */
function noGoals(t: Tool): number {
  return failure(t, `No goals have been specified for this build. You must specify a valid lifecycle phase or a goal in the format <plugin-prefix>:<goal> or <plugin-group-id>:<plugin-artifact-id>[:<plugin-version>]:<goal>. Available lifecycle phases are: ${PHASES}.`, 'NoGoalSpecifiedException');
}

/** ExecutionEventLogger.projectStarted's header lines. */
function header(p: Pom): string[] {
  const key = `${p.groupId}:${p.artifactId}`;
  const len = key.length + 8;
  const pre = '-'.repeat(Math.max(0, Math.floor((72 - len) / 2)));
  const post = '-'.repeat(Math.max(0, 72 - len - pre.length));
  const pk = `[ ${p.packaging} ]`;
  const a = '-'.repeat(Math.floor((72 - pk.length) / 2));
  return ['', `${pre}--< ${key} >--${post}`, `Building ${p.name} ${p.version}`, '  from pom.xml', `${a}${pk}${'-'.repeat(72 - pk.length - a.length)}`];
}

interface Phase {
  lines: string[];
  ms: number;
}

function phases(t: Tool, p: Pom, goals: readonly string[], skipTests: boolean): Phase[] {
  const order = ['clean', 'validate', 'compile', 'test', 'package', 'verify', 'install'];
  const last = Math.max(...goals.map((g) => order.indexOf(g)));
  const main = listFiles(t.fs, `${p.dir}/src/main/java`, ['.java']);
  const tests = listFiles(t.fs, `${p.dir}/src/test/java`, ['.java']);
  const res = listFiles(t.fs, `${p.dir}/src/main/resources`, ['']);
  const mojo = (id: string, exec: string) => `--- ${id} (${exec}) @ ${p.artifactId} ---`;
  const out: Phase[] = [];
  if (goals.includes('clean')) out.push({ lines: ['', mojo('clean:3.2.0:clean', 'default-clean')], ms: 100 });
  for (const g of goals.filter((x) => x.startsWith('dependency:'))) out.push({ lines: ['', mojo(`dependency:3.7.0:${g.slice(11)}`, 'default-cli')], ms: 2000 });
  if (last < 2) return out;
  out.push({ lines: ['', mojo('resources:3.3.1:resources', 'default-resources'), res.length ? `Copying ${res.length} resource${res.length === 1 ? '' : 's'} from src/main/resources to target/classes` : `skip non existing resourceDirectory ${p.dir}/src/main/resources`], ms: 200 });
  out.push({ lines: ['', mojo('compiler:3.13.0:compile', 'default-compile'), ...(main.length ? ['Recompiling the module because of changed source code.', `Compiling ${main.length} source file${main.length === 1 ? '' : 's'} with javac [debug release 21] to target/classes`] : ['No sources to compile'])], ms: 1500 + main.length * 200 });
  if (last < 3) return out;
  out.push({ lines: ['', mojo('resources:3.3.1:testResources', 'default-testResources'), `skip non existing resourceDirectory ${p.dir}/src/test/resources`], ms: 50 });
  out.push({ lines: ['', mojo('compiler:3.13.0:testCompile', 'default-testCompile'), ...(tests.length && !skipTests ? [`Compiling ${tests.length} source file${tests.length === 1 ? '' : 's'} with javac [debug release 21] to target/test-classes`] : ['No sources to compile'])], ms: 400 });
  out.push({ lines: ['', mojo('surefire:3.2.5:test', 'default-test'), skipTests ? 'Tests are skipped.' : tests.length ? `Tests run: ${tests.length}, Failures: 0, Errors: 0, Skipped: 0` : 'No tests to run.'], ms: skipTests ? 50 : 2500 });
  if (last < 4) return out;
  const jar = `${p.dir}/target/${p.artifactId}-${p.version}.jar`;
  out.push({ lines: ['', mojo('jar:3.4.1:jar', 'default-jar'), `Building jar: ${jar}`], ms: 300 });
  if (p.boot) out.push({ lines: ['', mojo('spring-boot:3.5.6:repackage', 'repackage'), `Replacing main artifact ${jar} with repackaged archive, adding nested dependencies in BOOT-INF/.`, `The original artifact has been renamed to ${jar}.original`], ms: 600 });
  const local = `${t.req.env.MAVEN_CONFIG || `${t.req.env.HOME || '/root'}/.m2`}/repository/${p.groupId.replace(/\./g, '/')}/${p.artifactId}/${p.version}/${p.artifactId}-${p.version}`;
  if (last >= 6) out.push({ lines: ['', mojo('install:3.1.2:install', 'default-install'), `Installing ${p.dir}/pom.xml to ${local}.pom`, `Installing ${jar} to ${local}.jar`], ms: 100 });
  return out;
}

/** First run in an empty ~/.m2: Maven fetches its plugins (one line per plugin, trimmed). */
async function downloads(t: Tool, quiet: boolean): Promise<string[]> {
  const repo = `${t.req.env.MAVEN_CONFIG || `${t.req.env.HOME || '/root'}/.m2`}/repository`;
  const lines: string[] = [];
  for (const [, id, v] of PLUGINS) {
    const path = `org/apache/maven/plugins/${id}/${v}/${id}-${v}.jar`;
    if (readText(t.fs, `${repo}/${path}`) !== undefined) continue;
    await t.work(400);
    writeOut(t.fs, `${repo}/${path}`, '', 0o644, 30000 + id.length * 1000);
    if (!quiet) lines.push(`Downloading from central: https://repo.maven.apache.org/maven2/${path}`, `Downloaded from central: https://repo.maven.apache.org/maven2/${path} (${30 + id.length} kB at ${180 + id.length * 3} kB/s)`);
  }
  return lines;
}

function javaProgram(t: Tool, p: Pom): ProgramSpec {
  const src = listFiles(t.fs, `${p.dir}/src/main/java`, ['.java']).map((f) => readText(t.fs, f) ?? '').join('\n');
  const output = literalArgs(src, 'System\\.out\\.println').map((a) => ({ stream: 'stdout' as const, text: `${a.text}\n` }));
  const spec: ProgramSpec = { lang: 'java', name: p.artifactId, output };
  if (!p.boot) return spec;
  spec.listen = Number(/server\.port\s*=\s*(\d+)/.exec(readText(t.fs, `${p.dir}/src/main/resources/application.properties`) ?? '')?.[1] ?? 8080);
  const main = /package\s+([\w.]+);[\s\S]*?@SpringBootApplication[\s\S]*?class\s+(\w+)/.exec(src);
  const cls = main ? `${main[1]}.${main[2]}` : 'Application';
  const line = (logger: string, msg: string) => ({ stream: 'stdout' as const, text: `{{iso}}  INFO 1 --- [${p.artifactId}] [           main] ${logger.padEnd(40)} : ${msg}\n` });
  spec.output = [{ stream: 'stdout', text: SPRING_BANNER }, line('o.s.b.w.embedded.tomcat.TomcatWebServer', `Tomcat started on port {{port}} (http) with context path '/'`), line(cls.length > 39 ? cls.slice(-39) : cls, `Started ${main?.[2] ?? 'Application'} in 2.134 seconds (process running for 2.612)`)];
  return spec;
}

export async function mvn(t: Tool): Promise<number> {
  const args = t.req.argv.slice(1);
  const fi = args.findIndex((a) => a === '-f' || a === '--file');
  const goals = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-f' && args[i - 1] !== '--file');
  if (goals.length === 0) return noGoals(t);
  const pomPath = t.abs(fi >= 0 ? (args[fi + 1] ?? 'pom.xml') : 'pom.xml');
  const xml = readText(t.fs, pomPath);
  if (xml === undefined) return missingPom(t, t.cwd);
  const p = parsePom(pomPath.slice(0, pomPath.lastIndexOf('/')) || '/', xml);
  const quiet = args.includes('-q') || args.includes('--quiet');
  const skipTests = args.some((a) => a === '-DskipTests' || a === '-Dmaven.test.skip=true' || a === '-DskipTests=true');
  const start = t.now();
  const info = (lines: string[]) => {
    if (!quiet) t.out(lines.map((l) => `[INFO] ${l}\n`).join(''));
  };
  info(['Scanning for projects...', ...header(p)]);
  info(await downloads(t, quiet));
  for (const ph of phases(t, p, goals, skipTests)) {
    await t.work(ph.ms);
    info(ph.lines);
  }
  if (goals.some((g) => ['package', 'verify', 'install'].includes(g))) {
    writeOut(t.fs, `${p.dir}/target/${p.artifactId}-${p.version}.jar`, encodeProgram(MAGIC.jar, javaProgram(t, p)), 0o644, p.boot ? 21_400_000 : 3_200);
  }
  const end = new Date(t.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  info([LINE, 'BUILD SUCCESS', LINE, `Total time:  ${((t.now() - start) / 1000).toFixed(3)} s`, `Finished at: ${end}`, LINE]);
  return 0;
}
