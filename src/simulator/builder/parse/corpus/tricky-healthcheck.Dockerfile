FROM nginx:1.27
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 \
  CMD curl -f http://localhost/ || exit 1
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
healthcheck --interval=1m30s cmd wget -qO- localhost
HEALTHCHECK --interval=5s NONE
HEALTHCHECK NONE
