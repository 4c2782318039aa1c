// `java -jar <file>.jar` for a jar the Maven model built: what its main class prints, or a
// Spring Boot application's start-up (banner, Tomcat's port) and then serving until stopped.
// Another jar: the JVM's own error for a file that is missing or not a jar.
import { decodeProgram, runProgram } from './artifact.ts';
import { readText, type Tool } from './common.ts';

export async function javaJar(t: Tool): Promise<number> {
  const arg = t.req.argv[t.req.argv.indexOf('-jar') + 1];
  if (!arg) {
    t.err('Error: -jar requires jar file specification\n');
    return 1;
  }
  const data = readText(t.fs, t.abs(arg));
  if (data === undefined) {
    t.err(`Error: Unable to access jarfile ${arg}\n`);
    return 1;
  }
  const spec = decodeProgram(data);
  if (!spec) {
    t.err(`Error: Invalid or corrupt jarfile ${arg}\n`);
    return 1;
  }
  return runProgram(t, spec);
}
