FROM alpine
COPY --chown=ü a b
STOPSIGNAL --foo=1 SIGKILL
ARG --x A
RUN --network=none --security=insecure --device=foo echo
RUN --mount=type=bind,"src echo
COPY -- --weird /x
LABEL a=b   c="d e"
ENV X=1\ 2
USER "quoted user"
EXPOSE 8080 "80"
