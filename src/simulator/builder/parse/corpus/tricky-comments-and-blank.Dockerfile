
# escape=`
FROM alpine
#

# stage doc comment
# second line
RUN echo hi
#	tab comment
   # indented
COPY a b
