// The toolchain models in containers (source bind-mounted): go, cargo, mvn, dotnet, vite and
// java -jar: their real errors for a missing project file, their (trimmed) output, the artifacts
// at the paths the real tools write, and the built programs running (a Go server answering HTTP).
import { describe, expect, it } from 'vitest';
import { runBuild as run, text } from '../../builder/build/test-build.ts';

const GO = {
  'go/go.mod': 'module example.com/hello\n\ngo 1.26\n\nrequire github.com/google/uuid v1.6.0\n',
  'go/main.go': 'package main\n\nimport (\n\t"fmt"\n\n\t"github.com/google/uuid"\n)\n\nfunc main() {\n\tfmt.Println("Hello from Go", uuid.NewString())\n}\n',
  'go/go.sum': 'github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\ngithub.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=\n'
};
const GO_WEB = {
  'web/go.mod': 'module example.com/web\n\ngo 1.26\n',
  'web/main.go': 'package main\n\nimport (\n\t"fmt"\n\t"log"\n\t"net/http"\n)\n\nfunc main() {\n\thttp.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {\n\t\tfmt.Fprintln(w, "Hello from Go")\n\t})\n\tlog.Println("listening on :8080")\n\tlog.Fatal(http.ListenAndServe(":8080", nil))\n}\n',
  'web/Dockerfile': 'FROM golang:1.26-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/web .\nFROM alpine\nCOPY --from=build /out/web /web\nEXPOSE 8080\nCMD ["/web"]\n'
};
const RUST = {
  'rs/Cargo.toml': '[package]\nname = "hello-rs"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = "1.0"\n',
  'rs/src/main.rs': 'fn main() {\n    println!("Hello from Rust");\n}\n'
};
const JAVA = {
  'java/pom.xml': '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n  <artifactId>demo</artifactId>\n  <version>0.0.1-SNAPSHOT</version>\n</project>\n',
  'java/src/main/java/com/example/App.java': 'package com.example;\n\npublic class App {\n    public static void main(String[] args) {\n        System.out.println("Hello from Java");\n    }\n}\n'
};
const DOTNET = {
  'cs/hello.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n',
  'cs/Program.cs': 'var app = WebApplication.Create(args);\napp.MapGet("/", () => "Hello");\napp.Run();\n'
};
const VITE = {
  'site/package.json': '{\n  "name": "site",\n  "version": "1.0.0",\n  "scripts": { "build": "vite build" }\n}\n',
  'site/index.html': '<!doctype html>\n<html>\n  <body>\n    <script type="module" src="/src/main.js"></script>\n  </body>\n</html>\n',
  'site/src/main.js': "console.log('hi');\n",
  'site/node_modules/.bin/vite': 'ELF\u0002\u0001\u0001'
};

describe('toolchains', () => {
  it('go: no go.mod', async () => {
    expect(await run({'x/main.go':'package main\n'}, ['cd x','docker pull -q golang:1.26-alpine'], 'docker run --rm -v "$PWD":/app -w /app golang:1.26-alpine go build .')).toEqual({
      stdout: '',
      stderr: "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n",
      exitCode: 1,
    });
  });

  it('go: downloads required modules and writes the binary', async () => {
    expect(await run(GO, ['cd go','docker pull -q golang:1.26-alpine'], "docker run --rm -v \"$PWD\":/app -w /app golang:1.26-alpine sh -c 'go build -o bin/hello . && ls -l bin && ./bin/hello'")).toEqual({
      stdout: text(
        'total 2784',
        '-rwxr-xr-x    1 root     root       2850000 Nov 25 10:00 hello',
        'Hello from Go',
      ),
      stderr: 'go: downloading github.com/google/uuid v1.6.0\n',
      exitCode: 0,
    });
  });

  it('go: a missing go.sum entry', async () => {
    expect(await run({'go/go.mod':'module example.com/hello\n\ngo 1.26\n\nrequire github.com/google/uuid v1.6.0\n','go/main.go':'package main\n\nimport "github.com/google/uuid"\n\nfunc main() { println(uuid.NewString()) }\n'}, ['cd go','docker pull -q golang:1.26-alpine'], 'docker run --rm -v "$PWD":/app -w /app golang:1.26-alpine go build .')).toEqual({
      stdout: '',
      stderr: text(
        'main.go:3:8: missing go.sum entry for module providing package github.com/google/uuid (imported by example.com/hello); to add:',
        '\tgo get example.com/hello',
      ),
      exitCode: 1,
    });
  });

  it('go: an import no module provides, and a missing main', async () => {
    expect(await run({'go/go.mod':'module example.com/hello\n\ngo 1.26\n','go/main.go':'package main\n\nimport (\n\t"github.com/gorilla/mux"\n)\n\nvar _ = mux.NewRouter\n'}, ['cd go','docker pull -q golang:1.26-alpine'], "docker run --rm -v \"$PWD\":/app -w /app golang:1.26-alpine go build .; echo 'package main' > main.go; docker run --rm -v \"$PWD\":/app -w /app golang:1.26-alpine go build .")).toEqual({
      stdout: '',
      stderr: text(
        'main.go:4:2: no required module provides package github.com/gorilla/mux; to add it:',
        '\tgo get github.com/gorilla/mux',
        '# example.com/hello',
        'runtime.main_main·f: function main is undeclared in the main package',
      ),
      exitCode: 1,
    });
  });

  it('go: a built web server answers HTTP', async () => {
    expect(await run(GO_WEB, ['cd web','docker build -q -t web .','docker run -d -p 8080:8080 --name web web','sleep 1'], 'docker logs web; curl -s localhost:8080/hello; curl -s localhost:8080/')).toEqual({
      stdout: text(
        'Hello from Go',
        '404 page not found',
      ),
      stderr: '2026/11/25 10:00:17 listening on :8080\n',
      exitCode: 0,
    });
  });

  it('cargo: no Cargo.toml', async () => {
    expect(await run({'x/src/main.rs':'fn main() {}\n'}, ['cd x','docker pull -q rust:1'], 'docker run --rm -v "$PWD":/app -w /app rust:1 cargo build --release')).toEqual({
      stdout: '',
      stderr: 'error: could not find `Cargo.toml` in `/app` or any parent directory\n',
      exitCode: 101,
    });
  });

  it('cargo: builds target/release/<package name>', async () => {
    expect(await run(RUST, ['cd rs','docker pull -q rust:1'], "docker run --rm -v \"$PWD\":/app -w /app rust:1 sh -c 'cargo build --release && ls target/release && ./target/release/hello-rs'")).toEqual({
      stdout: text(
        'hello-rs',
        'Hello from Rust',
      ),
      stderr: text(
        '    Updating crates.io index',
        '     Locking 1 package to latest compatible version',
        ' Downloading crates ...',
        '  Downloaded serde v1.0.228',
        '   Compiling serde v1.0.228',
        '   Compiling hello-rs v0.1.0 (/app)',
        '    Finished `release` profile [optimized] target(s) in 6.00s',
      ),
      exitCode: 0,
    });
  });

  it('mvn: no pom.xml', async () => {
    expect(await run({'x/src/App.java':'class App {}\n'}, ['cd x','docker pull -q maven:3-eclipse-temurin-21'], "docker run --rm -v \"$PWD\":/app -w /app maven:3-eclipse-temurin-21 sh -c 'mvn -B package'")).toEqual({
      stdout: text(
        '[INFO] Scanning for projects...',
        '[INFO] ------------------------------------------------------------------------',
        '[INFO] BUILD FAILURE',
        '[INFO] ------------------------------------------------------------------------',
        '[INFO] Total time:  0.089 s',
        '[INFO] Finished at: 2026-11-25T10:00:23Z',
        '[INFO] ------------------------------------------------------------------------',
        '[ERROR] The goal you specified requires a project to execute but there is no POM in this directory (/app). Please verify you invoked Maven from the correct directory. -> [Help 1]',
        '[ERROR] ',
        '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
        '[ERROR] Re-run Maven using the -X switch to enable full debug logging.',
        '[ERROR] ',
        '[ERROR] For more information about the errors and possible solutions, please read the following articles:',
        '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MissingProjectException',
      ),
      stderr: '',
      exitCode: 1,
    });
  });

  it('mvn: packages target/<artifactId>-<version>.jar that java -jar runs', async () => {
    expect(await run(JAVA, ['cd java','docker pull -q maven:3-eclipse-temurin-21'], "docker run --rm -v \"$PWD\":/app -w /app maven:3-eclipse-temurin-21 sh -c 'mvn -B -q package -DskipTests && ls target && java -jar target/demo-0.0.1-SNAPSHOT.jar'")).toEqual({
      stdout: text(
        'demo-0.0.1-SNAPSHOT.jar',
        'Hello from Java',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('dotnet: no project file', async () => {
    expect(await run({'x/Program.cs':'Console.WriteLine(1);\n'}, ['cd x','docker pull -q mcr.microsoft.com/dotnet/sdk:8.0'], 'docker run --rm -v "$PWD":/src -w /src mcr.microsoft.com/dotnet/sdk:8.0 dotnet restore')).toEqual({
      stdout: 'MSBUILD : error MSB1003: Specify a project or solution file. The current working directory does not contain a project or solution file.\n',
      stderr: '',
      exitCode: 1,
    });
  });

  it('dotnet: restores and publishes <Project>.dll', async () => {
    expect(await run(DOTNET, ['cd cs','docker pull -q mcr.microsoft.com/dotnet/sdk:8.0'], "docker run --rm -v \"$PWD\":/src -w /src mcr.microsoft.com/dotnet/sdk:8.0 sh -c 'dotnet restore && dotnet publish -c Release -o /src/out --no-restore && ls out'")).toEqual({
      stdout: text(
        '  Determining projects to restore...',
        '  Restored /src/hello.csproj (in 1.80 sec).',
        '  hello -> /src/bin/Release/net8.0/hello.dll',
        '  hello -> /src/out/',
        'hello',
        'hello.deps.json',
        'hello.dll',
        'hello.pdb',
        'hello.runtimeconfig.json',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('vite: npm run build writes dist/', async () => {
    expect(await run(VITE, ['cd site','docker pull -q node:22-alpine','chmod +x node_modules/.bin/vite'], "docker run --rm -v \"$PWD\":/app -w /app node:22-alpine sh -c 'npm run build && ls dist dist/assets'")).toEqual({
      stdout: text(
        '',
        '> site@1.0.0 build',
        '> vite build',
        '',
        'vite v7.1.7 building for production...',
        'transforming...',
        '✓ 2 modules transformed.',
        'rendering chunks...',
        'computing gzip size...',
        'dist/index.html                   0.20 kB │ gzip:  0.07 kB',
        'dist/assets/index-zWP-m3l6.css    1.39 kB │ gzip:  0.45 kB',
        'dist/assets/index-m0CMEtBQ.js   142.02 kB │ gzip: 45.45 kB',
        '✓ built in 0.94s',
        'dist:',
        'assets',
        'index.html',
        '',
        'dist/assets:',
        'index-m0CMEtBQ.js',
        'index-zWP-m3l6.css',
      ),
      stderr: '',
      exitCode: 0,
    });
  });
});
