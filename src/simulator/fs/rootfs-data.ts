// Facts the base filesystems are generated from: which programs each distribution ships where,
// and the account files. Lists are names only (the files are small markers), so an image's
// rootfs costs a few kilobytes however big the real image is.

/** debian:trixie / ubuntu:noble minbase programs in /usr/bin (coreutils, util-linux, apt, dpkg ...). */
export const DEBIAN_BIN = `[ apt apt-cache apt-cdrom apt-config apt-get apt-mark arch b2sum base32 base64 basename basenc
bash bashbug cat chage chattr chcon chfn chgrp chmod chown chrt chsh cksum clear clear_console cmp comm cp csplit cut
dash date dd debconf debconf-apt-progress debconf-communicate debconf-copydb debconf-escape debconf-set-selections
debconf-show deb-systemd-helper deb-systemd-invoke df diff diff3 dir dircolors dirname dmesg dnsdomainname
domainname dpkg dpkg-deb dpkg-divert dpkg-maintscript-helper dpkg-query dpkg-realpath dpkg-split dpkg-statoverride
dpkg-trigger du echo egrep env expand expiry expr factor faillog fallocate false fgrep find findmnt flock fmt fold
getconf getent getopt gpasswd gpgv grep groups gunzip gzexe gzip head hostid hostname iconv id infocmp install
ionice ipcmk ipcrm ipcs ischroot join kill last lastb ldd link ln locale localedef logger login logname ls lsattr
lsblk lscpu lsipc lslocks lslogins lsmem lsns mawk mcookie md5sum mesg mkdir mkfifo mknod mktemp more mount
mountpoint mv namei nawk newgrp nice nisdomainname nl nohup nproc nsenter numfmt od pager partx passwd paste
pathchk perl pinky pldd pr printenv printf prlimit ptx pwd rbash readlink realpath renice reset rev rgrep rm rmdir
run-parts runcon savelog script sdiff sed seq setarch setpriv setsid setterm sg sh sha1sum sha224sum sha256sum
sha384sum sha512sum shred shuf sleep sort split stat stdbuf stty su sum sync tabs tac tail tar taskset tee test
tic timeout toe touch tput tr true truncate tset tsort tty tzselect umount uname uncompress unexpand uniq unlink
unshare update-alternatives users vdir wall wc whereis which who whoami xargs yes ypdomainname zcat zcmp zdiff
zegrep zfgrep zforce zgrep zless zmore znew`;

export const DEBIAN_SBIN = `add-shell agetty badblocks blkdiscard blkid blockdev chpasswd chroot cpgr cppw ctrlaltdel
debugfs dpkg-fsys-usrunmess dumpe2fs e2fsck fdisk findfs fsck getty groupadd groupdel groupmod grpck grpconv
grpunconv hwclock iconvconfig installkernel invoke-rc.d ldconfig losetup mke2fs mkfs mkhomedir_helper mkswap
newusers nologin pam-auth-update pivot_root policy-rc.d pwck pwconv pwunconv readprofile remove-shell rmt rtcwake
service shadowconfig start-stop-daemon sulogin swaplabel swapoff swapon switch_root tune2fs update-passwd useradd
userdel usermod vigr vipw wipefs zramctl`;

/** Where alpine's busybox puts its applets (symlinks to /bin/busybox), by directory. */
export const ALPINE_BIN = `arch ash base64 bbconfig busybox cat chattr chgrp chmod chown cp date dd df dmesg
dnsdomainname dumpkmap echo ed egrep false fatattr fdflush fgrep fsync getopt grep gunzip gzip hostname ionice
iostat ipcalc kbd_mode kill link linux32 linux64 ln login ls lsattr lzop makemime mkdir mknod mktemp more mount
mountpoint mpstat mv netstat nice pidof ping ping6 pipe_progress printenv ps pwd reformime rev rm rmdir run-parts sed
setpriv setserial sh sleep stat stty su sync tar touch true umount uname usleep watch zcat`;

export const ALPINE_USR_BIN = `[ [[ awk basename bc beep blkdiscard bunzip2 bzcat bzip2 cal chvt cksum clear cmp comm cpio
crontab cryptpw cut dc deallocvt diff dirname dos2unix du eject env expand expr factor fallocate find flock fold free
fuser hd head hexdump hostid id install ipcrm ipcs killall last less logger lsof lsusb lzcat lzma md5sum mesg
microcom mkfifo mkpasswd nc nl nmeter nohup nproc nsenter nslookup od openvt passwd paste pgrep pkill pmap printf
pscan pstree pwdx readlink realpath renice reset resize seq setkeycodes setsid sha1sum sha256sum sha3sum sha512sum
showkey shred shuf sort split strings sum tac tail tee test time timeout top tr traceroute traceroute6 tree truncate
tty ttysize udhcpc6 unexpand uniq unix2dos unlink unlzma unshare unxz unzip uptime uudecode uuencode vi vlock volname
wc wget which who whoami whois xargs xxd xzcat yes`;

/** Alpine's busybox applets in /usr/sbin (account tools, crond, chroot ...). */
export const ALPINE_USR_SBIN = `addgroup add-shell adduser arping brctl chpasswd chroot crond delgroup deluser ether-wake fbset
killall5 loadfont nanddump nandwrite nbd-client ntpd partprobe rdate readahead remove-shell sendmail setfont setlogcons`;

/** Real alpine binaries besides busybox. */
export const ALPINE_REAL = ['/sbin/apk', '/sbin/ldconfig', '/sbin/mkmntdirs', '/usr/bin/getconf', '/usr/bin/getent', '/usr/bin/iconv', '/usr/bin/ldd', '/usr/bin/scanelf', '/usr/bin/ssl_client'];

export const ALPINE_SBIN = `acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim getty halt
hwclock ifconfig ifdown ifenslave ifup init inotifyd insmod ip ipaddr iplink ipneigh iproute iprule iptunnel klogd
loadkmap logread losetup lsmod mdev mkdosfs mkfs.vfat mkswap modinfo modprobe nameif nologin pivot_root poweroff
raidautorun reboot rmmod route setconsole slattach swapoff swapon switch_root sysctl syslogd tunctl udhcpc vconfig
watchdog`;

/** docker-library/busybox: every applet is a hard link to /bin/busybox (412 names). */
export const BUSYBOX_APPLETS = `[ [[ acpid add-shell addgroup adduser adjtimex ar arch arp arping ascii ash awk base32 base64 basename bc beep blkdiscard blkid blockdev bootchartd brctl bunzip2 busybox bzcat bzip2 cal cat chat chattr chgrp chmod chown chpasswd chpst chroot chrt chvt cksum clear cmp comm conspy cp cpio crc32 crond crontab cryptpw cttyhack cut date dc dd deallocvt delgroup deluser depmod devmem df dhcprelay diff dirname dmesg dnsd dnsdomainname dos2unix dpkg dpkg-deb du dumpkmap dumpleases echo ed egrep eject env envdir envuidgid ether-wake expand expr factor fakeidentd fallocate false fatattr fbset fbsplash fdflush fdformat fdisk fgconsole fgrep find findfs flock fold free freeramdisk fsck fsck.minix fsfreeze fstrim fsync ftpd ftpget ftpput fuser getconf getfattr getopt getty grep groups gunzip gzip halt hd hdparm head hexdump hexedit hostid hostname httpd hush hwclock i2cdetect i2cdump i2cget i2cset i2ctransfer id ifconfig ifdown ifenslave ifplugd ifup inetd init inotifyd insmod install ionice iostat ip ipaddr ipcalc ipcrm ipcs iplink ipneigh iproute iprule iptunnel kbd_mode kill killall killall5 klogd last less link linux32 linux64 linuxrc ln loadfont loadkmap logger login logname logread losetup lpd lpq lpr ls lsattr lsblk lsmod lsof lspci lsscsi lsusb lzcat lzma lzop makedevs makemime man md5sum mdev mesg microcom mim mkdir mkdosfs mke2fs mkfifo mkfs.ext2 mkfs.minix mkfs.vfat mknod mkpasswd mkswap mktemp modinfo modprobe more mount mountpoint mpstat mt mv nameif nanddump nandwrite nbd-client nc netstat nice nl nmeter nohup nologin nproc nsenter nslookup ntpd od openvt partprobe passwd paste patch pgrep pidof ping ping6 pipe_progress pivot_root pkill pmap popmaildir poweroff powertop printenv printf ps pscan pstree pwd pwdx raidautorun rdate rdev readahead readlink readprofile realpath reboot reformime remove-shell renice reset resize resume rev rm rmdir rmmod route rpm rpm2cpio rtcwake run-init run-parts runlevel runsv runsvdir rx script scriptreplay sed seedrng sendmail seq setarch setconsole setfattr setfont setkeycodes setlogcons setpriv setserial setsid setuidgid sh sha1sum sha256sum sha384sum sha3sum sha512sum showkey shred shuf slattach sleep smemcap softlimit sort split ssl_client ssl_server start-stop-daemon stat strings stty su sulogin sum sv svc svlogd svok swapoff swapon switch_root sync sysctl syslogd tac tail tar taskset tc tcpsvd tee telnet telnetd test tftp tftpd time timeout top touch tr traceroute traceroute6 tree true truncate ts tsort tty ttysize tunctl ubiattach ubidetach ubimkvol ubirename ubirmvol ubirsvol ubiupdatevol udhcpc udhcpc6 udhcpd udpsvd uevent umount uname unexpand uniq unix2dos unlink unlzma unshare unxz unzip uptime users usleep uudecode uuencode uuidgen vconfig vi vlock vmstat volname w wall watch watchdog wc wget which who whoami whois xargs xxd xz xzcat yes zcat zcip`;

/** Programs a tool name brings along (procps for `ps`). */
export const TOOL_PROGRAMS: Record<string, string[]> = {
  ps: ['ps', 'top', 'free', 'pgrep', 'pkill', 'pidof', 'pmap', 'uptime', 'vmstat', 'w', 'watch'],
  curl: ['curl'],
  wget: ['wget'],
  git: ['git'],
  ssh: ['ssh', 'scp', 'ssh-keygen'],
  procps: ['ps', 'top', 'free', 'pgrep', 'pkill', 'uptime'],
};

export function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}
