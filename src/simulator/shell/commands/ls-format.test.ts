// ls layout pinned against GNU ls 9.1 (`ls -C`, COLUMNS=80, C locale) and busybox 1.35 ls:
// the column layouts and -h sizes below were recorded from the real tools.
import { describe, expect, it } from 'vitest';
import { busyboxColumns, busyboxHuman, gnuColumns, humanSize, lsDate, modeString } from './ls-format.ts';

const LAYOUTS = [
  {"names":["bin","boot","dev","etc","home","lib","lib64","media","mnt","opt","proc","root","run","sbin","srv","sys","tmp","usr","var"],"gnu":"bin   dev  home  lib64\tmnt  proc  run\t srv  tmp  var\nboot  etc  lib\t media\topt  root  sbin  sys  usr\n","busybox":"bin    dev    home   lib64  mnt    proc   run    srv    tmp    var\nboot   etc    lib    media  opt    root   sbin   sys    usr\n"},
  {"names":["a","bb","ccc","dddddddddddddddddddd","e","f","ggggggggggg","hhhhhhhhhhhhhhhhhhhhhhhhhhh","i","j","k","lllllllllllllll","m"],"gnu":"a    dddddddddddddddddddd  ggggggggggg\t\t\tj\t\t m\nbb   e\t\t\t   hhhhhhhhhhhhhhhhhhhhhhhhhhh\tk\nccc  f\t\t\t   i\t\t\t\tlllllllllllllll\n","busybox":"a                            hhhhhhhhhhhhhhhhhhhhhhhhhhh\nbb                           i\nccc                          j\ndddddddddddddddddddd         k\ne                            lllllllllllllll\nf                            m\nggggggggggg\n"},
  {"names":["file0","file13","file26","file39","filex1","filex14","filex27","filexx15","filexx2","filexx28","filexxx16","filexxx29","filexxx3","filexxxx17","filexxxx30","filexxxx4","filexxxxx18","filexxxxx31","filexxxxx5","filexxxxxx19","filexxxxxx32","filexxxxxx6","filexxxxxxx20","filexxxxxxx33","filexxxxxxx7","filexxxxxxxx21","filexxxxxxxx34","filexxxxxxxx8","filexxxxxxxxx22","filexxxxxxxxx35","filexxxxxxxxx9","filexxxxxxxxxx10","filexxxxxxxxxx23","filexxxxxxxxxx36","filexxxxxxxxxxx11","filexxxxxxxxxxx24","filexxxxxxxxxxx37","filexxxxxxxxxxxx12","filexxxxxxxxxxxx25","filexxxxxxxxxxxx38"],"gnu":"file0\t  filexx2     filexxxxx18    filexxxxxxx7      filexxxxxxxxxx23\nfile13\t  filexx28    filexxxxx31    filexxxxxxxx21    filexxxxxxxxxx36\nfile26\t  filexxx16   filexxxxx5     filexxxxxxxx34    filexxxxxxxxxxx11\nfile39\t  filexxx29   filexxxxxx19   filexxxxxxxx8     filexxxxxxxxxxx24\nfilex1\t  filexxx3    filexxxxxx32   filexxxxxxxxx22   filexxxxxxxxxxx37\nfilex14   filexxxx17  filexxxxxx6    filexxxxxxxxx35   filexxxxxxxxxxxx12\nfilex27   filexxxx30  filexxxxxxx20  filexxxxxxxxx9    filexxxxxxxxxxxx25\nfilexx15  filexxxx4   filexxxxxxx33  filexxxxxxxxxx10  filexxxxxxxxxxxx38\n","busybox":"file0               filexxxx30          filexxxxxxxxx22\nfile13              filexxxx4           filexxxxxxxxx35\nfile26              filexxxxx18         filexxxxxxxxx9\nfile39              filexxxxx31         filexxxxxxxxxx10\nfilex1              filexxxxx5          filexxxxxxxxxx23\nfilex14             filexxxxxx19        filexxxxxxxxxx36\nfilex27             filexxxxxx32        filexxxxxxxxxxx11\nfilexx15            filexxxxxx6         filexxxxxxxxxxx24\nfilexx2             filexxxxxxx20       filexxxxxxxxxxx37\nfilexx28            filexxxxxxx33       filexxxxxxxxxxxx12\nfilexxx16           filexxxxxxx7        filexxxxxxxxxxxx25\nfilexxx29           filexxxxxxxx21      filexxxxxxxxxxxx38\nfilexxx3            filexxxxxxxx34\nfilexxxx17          filexxxxxxxx8\n"},
  {"names":["Dockerfile","README.md","app.py","requirements.txt","static","templates"],"gnu":"Dockerfile  README.md  app.py  requirements.txt  static  templates\n","busybox":"Dockerfile        app.py            static\nREADME.md         requirements.txt  templates\n"},
];

const SIZES = [
  {"bytes":0,"gnu":"0","busybox":"0"},
  {"bytes":6,"gnu":"6","busybox":"6"},
  {"bytes":1023,"gnu":"1023","busybox":"1023"},
  {"bytes":1024,"gnu":"1.0K","busybox":"1.0K"},
  {"bytes":4096,"gnu":"4.0K","busybox":"4.0K"},
  {"bytes":10238,"gnu":"10K","busybox":"10.0K"},
  {"bytes":151344,"gnu":"148K","busybox":"147.8K"},
  {"bytes":1133936,"gnu":"1.1M","busybox":"1.1M"},
  {"bytes":1265648,"gnu":"1.3M","busybox":"1.2M"},
  {"bytes":52428800,"gnu":"50M","busybox":"50.0M"},
  {"bytes":1073741824,"gnu":"1.0G","busybox":"1.0G"},
];

describe('ls columns', () => {
  for (const l of LAYOUTS) {
    it(`lays out ${l.names.length} names as GNU ls and busybox ls do`, () => {
      expect(gnuColumns(l.names, 80)).toBe(l.gnu);
      expect(busyboxColumns(l.names, 80)).toBe(l.busybox);
    });
  }
});

describe('ls -h sizes', () => {
  for (const s of SIZES) {
    it(`shows ${s.bytes} bytes as ${s.gnu} (GNU) and ${s.busybox} (busybox)`, () => {
      expect(humanSize(s.bytes, false)).toBe(s.gnu);
      expect(busyboxHuman(s.bytes)).toBe(s.busybox);
    });
  }
});

describe('ls -l fields', () => {
  it('formats modes with setuid, setgid and sticky bits', () => {
    const st = (kind: 'file' | 'dir' | 'symlink', mode: number) => ({ kind, mode, uid: 0, gid: 0, size: 0, mtime: 0, nlink: 1 });
    expect(modeString(st('dir', 0o1777))).toBe('drwxrwxrwt');
    expect(modeString(st('file', 0o4755))).toBe('-rwsr-xr-x');
    expect(modeString(st('file', 0o2644))).toBe('-rw-r-Sr--');
    expect(modeString(st('symlink', 0o777))).toBe('lrwxrwxrwx');
  });

  it('shows the time for files from the last six months, else the year', () => {
    const now = Date.UTC(2026, 10, 25, 10, 0);
    expect(lsDate(Date.UTC(2026, 10, 5, 9, 7), now)).toBe('Nov  5 09:07');
    expect(lsDate(Date.UTC(2025, 3, 18, 12, 0), now)).toBe('Apr 18  2025');
    expect(lsDate(Date.UTC(2027, 0, 1), now)).toBe('Jan  1  2027');
  });
});
