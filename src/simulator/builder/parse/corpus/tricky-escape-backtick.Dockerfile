# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
ENV GOPATH=C:\go `
    APP_DIR=C:\app
RUN New-Item -ItemType Directory -Path C:\app ; `
    Write-Host 'made C:\app'
COPY .\bin\ C:\app\bin\
WORKDIR C:\app
RUN echo `"quoted`" `
    && echo done
CMD ["C:\\app\\bin\\server.exe", "--port", "80"]
