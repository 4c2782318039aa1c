# syntax=docker/dockerfile:1
# Heredocs with RUN flags, the <<- form in COPY, quotes inside bodies, an empty document,
# a heredoc after a continuation and a body that looks like an instruction.
FROM golang:1.26-alpine AS build
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,source=go.mod,target=go.mod <<EOT
  set -e
  echo "building with 'quotes' and \"double quotes\""
  go build -o /out/app .
EOT
COPY <<-EOF /etc/app/config.yaml
	server:
	  port: 8080
	EOF
RUN <<EMPTY
EMPTY
RUN echo start && \
    cat <<EOF
FROM this-is-not-an-instruction
EOF
RUN --network=none <<"EOF" sh -e
echo "no $EXPANSION in ${BODY}"
EOF
FROM scratch
COPY --from=build /out/app /app
