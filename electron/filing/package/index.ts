// The submission package: writer (temp folder, fsync, read back, rename), optional ZIP, destinations.
export { writeFilingPackage, sha256Hex, MANIFEST_FILE, SUMS_FILE, type PackageFile, type PackageProgress, type WritePackageOptions, type WritePackageResult } from './writer';
export { listDestinations, localDocumentsFolder, type Destination } from '../../fs/drives';
export { PackageWriteError } from './messages';
export { nodeFs, type PackageFs } from './fsLayer';
export { buildManifest, packageFolderName, type ManifestInput } from './manifest';
