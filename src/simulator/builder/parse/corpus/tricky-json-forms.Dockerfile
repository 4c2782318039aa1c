FROM node:22-alpine
# valid JSON: exec form
CMD ["node", "server.js"]
ENTRYPOINT ["docker-entrypoint.sh"]
RUN ["npm", "ci", "--omit=dev"]
# single quotes are not JSON: shell form, the brackets included
CMD ['node', 'server.js']
# a trailing comment makes it invalid JSON too
ENTRYPOINT ["node"] # start
# unterminated array
RUN [ "echo", "hi"
SHELL ["/bin/sh", "-eux", "-c"]
VOLUME ["/data", "/var/log app"]
VOLUME /a /b   /c
COPY ["my file.txt", "other file.txt", "/dest dir/"]
ADD ["https://example.com/a.tgz", "/tmp/"]
EXPOSE 8080 443/tcp 53/udp 3000
CMD []
ENTRYPOINT []
RUN    
CMD
USER node:node
