# a comment first
# escape=`
FROM alpine
RUN echo `
  backtick is not the escape here
