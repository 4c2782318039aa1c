// busybox: the BusyBox multi-call binary on an otherwise empty rootfs (glibc default, musl, uclibc).
// Exact blob sizes from docker-library/busybox (via images.json); applet list from its rootfs.
import type { CatalogRepo } from './types.ts';
import { PATH, L, SCRATCH, image, os, oneShot } from './build.ts';
import { BUSYBOX_GLIBC, BUSYBOX_GLIBC_1_37 } from './bases.ts';

const tools = ['wget', 'ps', 'vi', 'nc', 'ping', 'top', 'less', 'ip', 'awk', 'sed', 'grep', 'tar', 'gzip', 'httpd', 'telnet', 'nslookup'];
const startup = oneShot('docker run busybox (no -it) exits 0 at once');

export const busybox: CatalogRepo = {
  name: 'busybox',
  official: true,
  description: 'Busybox base image.',
  stars: 3400,
  images: [
    image({
      tags: ['latest', '1.38.0', '1.38', '1', 'unstable', 'glibc', '1.38.0-glibc', '1.38-glibc', '1-glibc', 'unstable-glibc'],
      created: '2026-08-05T20:51:17Z',
      base: BUSYBOX_GLIBC,
      layers: [],
      history: [],
      config: { Env: [PATH], Cmd: ['sh'] },
      os: os('busybox', null, null, '/bin/sh', tools),
      startup: startup,
    }),
    image({
      tags: ['musl', '1.38.0-musl', '1.38-musl', '1-musl', 'unstable-musl'],
      created: '2026-08-05T20:51:02Z',
      base: SCRATCH,
      layers: [L('busybox:musl:0', 886160, 1683456)],
      history: [
        'BusyBox 1.38.0 (musl), Alpine 3.24.1',
      ],
      config: { Env: [PATH], Cmd: ['sh'] },
      os: os('busybox', null, null, '/bin/sh', tools),
      startup: startup,
    }),
    image({
      tags: ['uclibc', '1.38.0-uclibc', '1.38-uclibc', '1-uclibc', 'unstable-uclibc'],
      created: '2026-08-05T20:51:33Z',
      base: SCRATCH,
      layers: [L('busybox:uclibc:0', 773906, 1458176)],
      history: [
        'BusyBox 1.38.0 (uclibc), Buildroot 2025.05.1',
      ],
      config: { Env: [PATH], Cmd: ['sh'] },
      os: os('busybox', null, null, '/bin/sh', tools),
      startup: startup,
    }),
    image({
      tags: ['1.37', '1.37.0', '1.37.0-glibc', '1.37-glibc'],
      created: '2026-08-05T20:50:42Z',
      base: BUSYBOX_GLIBC_1_37,
      layers: [],
      history: [],
      config: { Env: [PATH], Cmd: ['sh'] },
      os: os('busybox', null, null, '/bin/sh', tools),
      startup: startup,
    }),
  ],
  content: {
    '/bin': '[ [[ acpid add-shell addgroup adduser adjtimex ar arch arp arping ascii ash awk base32 base64 basename bc beep blkdiscard blkid blockdev bootchartd brctl bunzip2 busybox bzcat bzip2 cal cat chat chattr chgrp chmod chown chpasswd chpst chroot chrt chvt cksum clear cmp comm conspy cp cpio crc32 crond crontab cryptpw cttyhack cut date dc dd deallocvt delgroup deluser depmod devmem df dhcprelay diff dirname dmesg dnsd dnsdomainname dos2unix dpkg dpkg-deb du dumpkmap dumpleases echo ed egrep eject env envdir envuidgid ether-wake expand expr factor fakeidentd fallocate false fatattr fbset fbsplash fdflush fdformat fdisk fgconsole fgrep find findfs flock fold free freeramdisk fsck fsck.minix fsfreeze fstrim fsync ftpd ftpget ftpput fuser getconf getfattr getopt getty grep groups gunzip gzip halt hd hdparm head hexdump hexedit hostid hostname httpd hush hwclock i2cdetect i2cdump i2cget i2cset i2ctransfer id ifconfig ifdown ifenslave ifplugd ifup inetd init inotifyd insmod install ionice iostat ip ipaddr ipcalc ipcrm ipcs iplink ipneigh iproute iprule iptunnel kbd_mode kill killall killall5 klogd last less link linux32 linux64 linuxrc ln loadfont loadkmap logger login logname logread losetup lpd lpq lpr ls lsattr lsblk lsmod lsof lspci lsscsi lsusb lzcat lzma lzop makedevs makemime man md5sum mdev mesg microcom mim mkdir mkdosfs mke2fs mkfifo mkfs.ext2 mkfs.minix mkfs.vfat mknod mkpasswd mkswap mktemp modinfo modprobe more mount mountpoint mpstat mt mv nameif nanddump nandwrite nbd-client nc netstat nice nl nmeter nohup nologin nproc nsenter nslookup ntpd od openvt partprobe passwd paste patch pgrep pidof ping ping6 pipe_progress pivot_root pkill pmap popmaildir poweroff powertop printenv printf ps pscan pstree pwd pwdx raidautorun rdate rdev readahead readlink readprofile realpath reboot reformime remove-shell renice reset resize resume rev rm rmdir rmmod route rpm rpm2cpio rtcwake run-init run-parts runlevel runsv runsvdir rx script scriptreplay sed seedrng sendmail seq setarch setconsole setfattr setfont setkeycodes setlogcons setpriv setserial setsid setuidgid sh sha1sum sha256sum sha384sum sha3sum sha512sum showkey shred shuf slattach sleep smemcap softlimit sort split ssl_client ssl_server start-stop-daemon stat strings stty su sulogin sum sv svc svlogd svok swapoff swapon switch_root sync sysctl syslogd tac tail tar taskset tc tcpsvd tee telnet telnetd test tftp tftpd time timeout top touch tr traceroute traceroute6 tree true truncate ts tsort tty ttysize tunctl ubiattach ubidetach ubimkvol ubirename ubirmvol ubirsvol ubiupdatevol udhcpc udhcpc6 udhcpd udpsvd uevent umount uname unexpand uniq unix2dos unlink unlzma unshare unxz unzip uptime users usleep uudecode uuencode uuidgen vconfig vi vlock vmstat volname w wall watch watchdog wc wget which who whoami whois xargs xxd xz xzcat yes zcat zcip',
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n',
  },
};
