# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN <<EOF
apk add --no-cache curl
echo "installed $HOME"
EOF
RUN <<-EOT
	echo tabs are stripped
	EOT
RUN <<'EOF' cat > /etc/motd
No $EXPANSION here
EOF
RUN python3 <<PY
print("hi")
PY
RUN <<FILE1 cat > /file1 && <<FILE2 cat > /file2
one
FILE1
two
FILE2
RUN 3<<EOF cat /dev/fd/3
fd three
EOF
COPY <<EOF /etc/app.conf
listen = ${PORT:-8080}
EOF
COPY <<"EOF" <<EOF2 /etc/
literal $x
EOF
expanded $x
EOF2
RUN <<EOF
#!/usr/bin/env python3
print("shebang script")
EOF
RUN ["sh", "-c", "echo <<EOF"]
RUN echo "not <<EOF a heredoc" && echo a<<b
ONBUILD RUN <<EOF
echo on build
EOF
CMD cat /etc/motd
