FROM busybox
ENV LEGACY value with spaces
ENV A=1 B="two words" C='single $quoted' D=escaped\ space E=
ENV F=$A G=${B:-none} \
    H="${C}"
LABEL org.opencontainers.image.title="Demo app" \
      version=1.0 "quoted key"=v
LABEL description This is legacy
LABEL empty=""
ARG NAME=world OTHER
ARG QUOTED="a b" plain
STOPSIGNAL SIGTERM
MAINTAINER Jane Doe <jane@example.com>
