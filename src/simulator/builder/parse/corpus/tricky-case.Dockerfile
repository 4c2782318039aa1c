from alpine:3.20 as Base
Run echo mixed case
cOpY --from=base . /x
copy . /app
env key=value
Expose 80
workdir /app
Cmd ["sh"]
