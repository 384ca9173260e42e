/**
 * The directory of a ZIP archive (an XLSX workbook is one) and its entries inflated as a
 * stream, so that what an entry holds is measured while it is decompressed, without ever
 * holding more than one chunk of it: a 300 Mo sheet packed into 300 Ko costs nothing to
 * refuse. Deflate is the platform's `DecompressionStream` (browsers, workers, Node).
 */

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflate (the only methods XLSX writers use). */
  method: number;
  compressedSize: number;
  /** As the directory declares it (readers allocate this much before inflating). */
  declaredSize: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

/** Why the archive cannot be read, in French. */
export class ZipError extends Error {
  override name = "ZipError";
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The 64-bit value at `offset` (archives of this app's size stay far below 2^53). */
const uint64 = (data: DataView, offset: number) => data.getUint32(offset, true) + data.getUint32(offset + 4, true) * 2 ** 32;

function locateDirectory(bytes: Uint8Array): { count: number; offset: number } {
  const data = view(bytes);
  // The end record is the last 22 bytes, unless a comment (up to 65,535 bytes) follows it.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (data.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    let count = data.getUint16(at + 10, true);
    let offset = data.getUint32(at + 16, true);
    if ((count === 0xffff || offset === 0xffffffff) && at >= 20 && data.getUint32(at - 20, true) === ZIP64_LOCATOR) {
      const end = uint64(data, at - 12);
      if (end + 56 > bytes.length || data.getUint32(end, true) !== ZIP64_END) throw new ZipError("répertoire ZIP64 introuvable");
      count = uint64(data, end + 32);
      offset = uint64(data, end + 48);
    }
    return { count, offset };
  }
  throw new ZipError("fin de répertoire introuvable");
}

/** The entries the archive's central directory lists; at most `maxEntries`, else a ZipError. */
export function listZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const data = view(bytes);
  const { count, offset } = locateDirectory(bytes);
  if (count > maxEntries) throw new ZipError(`${count} fichiers dans l'archive (au plus ${maxEntries})`);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder("utf-8");
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipError("répertoire de l'archive abîmé");
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let compressedSize = data.getUint32(at + 20, true);
    let declaredSize = data.getUint32(at + 24, true);
    let headerOffset = data.getUint32(at + 42, true);
    // ZIP64 sizes and offset, in this order, for the fields written 0xFFFFFFFF.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = data.getUint16(extra, true);
      const size = data.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (declaredSize === 0xffffffff) {
          declaredSize = uint64(data, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = uint64(data, field);
          field += 8;
        }
        if (headerOffset === 0xffffffff) headerOffset = uint64(data, field);
      }
      extra += 4 + size;
    }
    entries.push({ name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), method: data.getUint16(at + 10, true), compressedSize, declaredSize, headerOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, as its local header places them. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER) throw new ZipError(`en-tête de « ${entry.name} » introuvable`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipError(`« ${entry.name} » tronqué`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Calls `onChunk` with the entry's bytes as they are inflated, in order. `onChunk` returns
 * false to stop early (the rest is never inflated). Rejects with a ZipError when the data
 * is damaged or compressed with a method other than stored or deflate.
 */
export async function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => boolean): Promise<void> {
  const compressed = entryData(bytes, entry);
  if (entry.method === 0) {
    onChunk(compressed);
    return;
  }
  if (entry.method !== 8) throw new ZipError(`« ${entry.name} » compressé par une méthode inconnue (${entry.method})`);
  const reader = new Blob([compressed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch {
        throw new ZipError(`« ${entry.name} » illisible (données compressées abîmées)`);
      }
      // What `onChunk` throws goes to the caller as it is.
      if (read.done || !onChunk(read.value)) return;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
