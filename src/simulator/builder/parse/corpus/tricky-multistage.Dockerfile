# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended;error=true
ARG GO_VERSION=1.23
ARG BASE
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS Build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY --link go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=bind,source=.,target=/src,rw \
    go mod download
RUN --network=none --mount=type=secret,id=token,env=TOKEN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM build as test
RUN go test ./...

FROM scratch AS final
COPY --from=build --chown=65532:65532 --chmod=0755 /out/app /app
COPY --from=0 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --exclude=*.md --exclude=docs --parents ./a/ ./b/ /dst/
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d --link https://example.com/x.tar.gz /x/
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit
USER 65532
ENTRYPOINT ["/app"]
