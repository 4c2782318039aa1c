FROM debian:bookworm-slim

# comments inside a continuation are dropped, blank lines too (with a warning)
RUN apt-get update \
# install curl
    && apt-get install -y --no-install-recommends \
        curl \

        ca-certificates \
    # indented comment
    && rm -rf /var/lib/apt/lists/*

# trailing spaces after the backslash still continue the line
RUN echo one \   
    two
# an escaped backslash ends the line
RUN echo 'C:\\'
RUN echo "a \\" \
    b
  # indented comment before an instruction
   WORKDIR   /srv   
ENV PATH=/opt/bin:$PATH \
    LANG=C.UTF-8
\
RUN echo starts after a lone backslash
RUN echo "the end" \
