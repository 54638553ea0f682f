import { describe, expect, it } from 'vitest';
import {
  linuxRemovableMounts,
  parseDiskutilInfoRemovable,
  parseDiskutilPlist,
  parseLsblk,
  parseProcMounts,
  parseWindowsLogicalDisks,
} from '../../../electron/fs/drivesParse';

// Captured from a Debian 12 laptop with a USB stick (vfat, label KINGSTON) and an SD card reader.
const PROC_MOUNTS = `sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime,errors=remount-ro 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime,fmask=0077,dmask=0077 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime,size=1620172k,mode=700,uid=1000,gid=1000 0 0
/dev/sda1 /media/clerk/KINGSTON vfat rw,nosuid,nodev,relatime,uid=1000,gid=1000,fmask=0022,dmask=0022,codepage=437,iocharset=utf8,shortname=mixed,showexec,utf8,flush,errors=remount-ro 0 0
/dev/mmcblk0p1 /media/clerk/SD\\040CARD exfat ro,nosuid,nodev,relatime,uid=1000 0 0
/dev/sr0 /media/clerk/CDROM iso9660 ro,nosuid,nodev,relatime 0 0
/dev/sdb1 /mnt/backup ext4 rw,relatime 0 0
`;

// lsblk 2.38 -J -o NAME,RM,HOTPLUG,MOUNTPOINT,SIZE,LABEL,TRAN on the same machine (booleans; TRAN on the disk only).
const LSBLK = JSON.stringify({
  blockdevices: [
    { name: 'sda', rm: true, hotplug: true, mountpoint: null, size: '14.5G', label: null, tran: 'usb', children: [{ name: 'sda1', rm: true, hotplug: true, mountpoint: '/media/clerk/KINGSTON', size: '14.5G', label: 'KINGSTON', tran: null }] },
    { name: 'sdb', rm: false, hotplug: false, mountpoint: null, size: '1.8T', label: null, tran: 'sata', children: [{ name: 'sdb1', rm: false, hotplug: false, mountpoint: '/mnt/backup', size: '1.8T', label: 'backup', tran: null }] },
    { name: 'mmcblk0', rm: false, hotplug: false, mountpoint: null, size: '29.7G', label: null, tran: null, children: [{ name: 'mmcblk0p1', rm: false, hotplug: false, mountpoint: '/media/clerk/SD CARD', size: '29.7G', label: 'SD CARD', tran: null }] },
    { name: 'nvme0n1', rm: false, hotplug: false, mountpoint: null, size: '476.9G', label: null, tran: 'nvme', children: [{ name: 'nvme0n1p2', rm: false, hotplug: false, mountpoint: '/', size: '476G', label: null, tran: null }] },
  ],
});

// Older lsblk (util-linux 2.34, Ubuntu 20.04) prints "0"/"1" strings.
const LSBLK_OLD = `{
   "blockdevices": [
      {"name": "sdc", "rm": "1", "hotplug": "1", "mountpoint": null, "size": "7.5G", "label": null, "tran": "usb",
         "children": [
            {"name": "sdc1", "rm": "1", "hotplug": "1", "mountpoint": "/media/u/U盘", "size": "7.5G", "label": "U盘", "tran": null}
         ]
      }
   ]
}`;

describe('Linux: /proc/mounts, lsblk, /sys/block/*/removable', () => {
  it('parses mounts, undoing the octal escapes', () => {
    const m = parseProcMounts(PROC_MOUNTS);
    expect(m.find((x) => x.device === '/dev/mmcblk0p1')).toEqual({ device: '/dev/mmcblk0p1', mountPoint: '/media/clerk/SD CARD', fsType: 'exfat', options: expect.arrayContaining(['ro']) });
  });

  it('lists the USB stick (lsblk TRAN=usb) and the SD card (/sys removable), not the system, the SATA disk or the CD', () => {
    const list = linuxRemovableMounts(parseProcMounts(PROC_MOUNTS), parseLsblk(LSBLK), new Set(['/dev/mmcblk0p1']));
    expect(list).toEqual([
      { path: '/media/clerk/KINGSTON', label: 'KINGSTON' },
      { path: '/media/clerk/SD CARD', label: 'SD CARD（只读）' },
    ]);
  });

  it('works without lsblk, from /sys alone', () => {
    const list = linuxRemovableMounts(parseProcMounts(PROC_MOUNTS), new Map(), new Set(['/dev/sda1']));
    expect(list).toEqual([{ path: '/media/clerk/KINGSTON', label: 'KINGSTON' }]);
  });

  it('reads the older lsblk with string flags and the newer mountpoints array', () => {
    expect(parseLsblk(LSBLK_OLD).get('/media/u/U盘')).toEqual({ removable: true, label: 'U盘' });
    const newer = JSON.stringify({ blockdevices: [{ name: 'sdd', rm: false, hotplug: true, mountpoints: [null], children: [{ name: 'sdd1', rm: false, hotplug: true, mountpoints: ['/run/media/u/DATA'], label: 'DATA' }] }] });
    expect(parseLsblk(newer).get('/run/media/u/DATA')).toEqual({ removable: true, label: 'DATA' });
    expect(parseLsblk('not json').size).toBe(0);
  });
});

// diskutil list -plist external physical, macOS 14, one FAT32 stick named 备案U盘 (trimmed of DiskUUIDs).
const DISKUTIL = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>AllDisks</key>
	<array>
		<string>disk4</string>
		<string>disk4s1</string>
	</array>
	<key>AllDisksAndPartitions</key>
	<array>
		<dict>
			<key>Content</key>
			<string>FDisk_partition_scheme</string>
			<key>DeviceIdentifier</key>
			<string>disk4</string>
			<key>OSInternal</key>
			<false/>
			<key>Partitions</key>
			<array>
				<dict>
					<key>Content</key>
					<string>Windows_FAT_32</string>
					<key>DeviceIdentifier</key>
					<string>disk4s1</string>
					<key>MountPoint</key>
					<string>/Volumes/备案U盘</string>
					<key>Size</key>
					<integer>15512174592</integer>
					<key>VolumeName</key>
					<string>备案U盘</string>
				</dict>
				<dict>
					<key>Content</key>
					<string>EFI</string>
					<key>DeviceIdentifier</key>
					<string>disk4s2</string>
					<key>Size</key>
					<integer>209715200</integer>
					<key>VolumeName</key>
					<string>EFI</string>
				</dict>
			</array>
			<key>Size</key>
			<integer>15728640000</integer>
		</dict>
	</array>
	<key>VolumeNames</key>
	<array>
		<string>备案U盘</string>
	</array>
	<key>WholeDisks</key>
	<array>
		<string>disk4</string>
	</array>
</dict>
</plist>
`;

describe('macOS: diskutil', () => {
  it('lists mounted volumes of external disks, skipping unmounted partitions', () => {
    expect(parseDiskutilPlist(DISKUTIL)).toEqual([{ path: '/Volumes/备案U盘', label: '备案U盘' }]);
    expect(parseDiskutilPlist('<plist><dict><key>AllDisksAndPartitions</key><array/></dict></plist>')).toEqual([]);
  });

  it('diskutil info: an APFS volume on a USB disk counts as removable, the internal disk does not', () => {
    const info = (internal: boolean) =>
      `<plist version="1.0"><dict><key>BusProtocol</key><string>${internal ? 'Apple Fabric' : 'USB'}</string><key>Ejectable</key><${internal ? 'false' : 'true'}/><key>Internal</key><${internal}/><key>RemovableMediaOrExternalDevice</key><${!internal}/><key>VolumeName</key><string>T7 &amp; Co</string></dict></plist>`;
    expect(parseDiskutilInfoRemovable(info(false))).toBe(true);
    expect(parseDiskutilInfoRemovable(info(true))).toBe(false);
  });
});

describe('Windows: Win32_LogicalDisk through PowerShell', () => {
  // Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,VolumeName,FreeSpace,Size | ConvertTo-Json -Compress (Windows 11, zh-CN)
  const PS = '\uFEFF[{"DeviceID":"C:","DriveType":3,"VolumeName":"系统","FreeSpace":81234567168,"Size":255369736192},{"DeviceID":"E:","DriveType":2,"VolumeName":"KINGSTON","FreeSpace":15412174848,"Size":15512174592},{"DeviceID":"F:","DriveType":2,"VolumeName":null,"FreeSpace":null,"Size":null},{"DeviceID":"G:","DriveType":2,"VolumeName":"","FreeSpace":1000,"Size":2000}]';

  it('DriveType 2 is removable; an empty card reader (no size) is left out', () => {
    const list = parseWindowsLogicalDisks(PS);
    expect(list).toEqual([
      { path: 'C:\\', label: '系统 (C:)', removable: false, freeBytes: 81234567168, totalBytes: 255369736192 },
      { path: 'E:\\', label: 'KINGSTON (E:)', removable: true, freeBytes: 15412174848, totalBytes: 15512174592 },
      { path: 'G:\\', label: '可移动磁盘 (G:)', removable: true, freeBytes: 1000, totalBytes: 2000 },
    ]);
  });

  it('one disk comes as an object, not an array', () => {
    expect(parseWindowsLogicalDisks('{"DeviceID":"E:","DriveType":2,"VolumeName":"U","FreeSpace":"5","Size":"10"}')).toEqual([
      { path: 'E:\\', label: 'U (E:)', removable: true, freeBytes: 5, totalBytes: 10 },
    ]);
  });
});
