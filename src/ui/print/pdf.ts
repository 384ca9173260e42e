// A one-page PDF holding one JPEG image over the whole page: the smallest valid PDF that
// carries the composed COPIL summary, with no PDF library. PDF 1.4 (ISO 32000-1 §7):
// catalog → pages → page → image XObject (DCTDecode keeps the JPEG bytes as they are) and
// a content stream that paints it; then the cross-reference table of byte offsets.

/** A4 landscape in PDF points (1/72 inch): 297 × 210 mm. */
export const A4_LANDSCAPE_POINTS = { width: 842, height: 595 } as const;

export interface PdfImage {
  /** Baseline JPEG bytes, RGB. */
  jpeg: Uint8Array;
  /** Pixels. */
  width: number;
  height: number;
}

export interface PdfOptions {
  /** Document title (shown by PDF readers), any Unicode text. */
  title?: string;
  /** Document language, e.g. "fr-FR". */
  lang?: string;
  /** Creation date, for the Info dictionary. */
  date?: Date;
}

const encoder = new TextEncoder();

/** A PDF text string: UTF-16BE with a byte-order mark, in hexadecimal (no escaping to get wrong). */
function textString(text: string): string {
  let hex = "FEFF";
  for (let k = 0; k < text.length; k++) hex += text.charCodeAt(k).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

/** D:YYYYMMDDHHmmSSZ */
function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** The bytes of a one-page A4-landscape PDF whose page is `image`, scaled to fit and centred. */
export function buildImagePdf(image: PdfImage, options: PdfOptions = {}): Uint8Array<ArrayBuffer> {
  const { width: pageWidth, height: pageHeight } = A4_LANDSCAPE_POINTS;
  const scale = Math.min(pageWidth / image.width, pageHeight / image.height);
  const drawWidth = image.width * scale;
  const drawHeight = image.height * scale;
  const x = (pageWidth - drawWidth) / 2;
  const y = (pageHeight - drawHeight) / 2;
  const content = `q\n${drawWidth.toFixed(3)} 0 0 ${drawHeight.toFixed(3)} ${x.toFixed(3)} ${y.toFixed(3)} cm\n/Im0 Do\nQ\n`;
  const info = [
    options.title ? `/Title ${textString(options.title)}` : "",
    `/Producer ${textString("Carto Clause Sociale")}`,
    options.date ? `/CreationDate (${pdfDate(options.date)})` : "",
  ]
    .filter(Boolean)
    .join(" ");

  const chunks: Uint8Array[] = [];
  let length = 0;
  const offsets: number[] = [];
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === "string" ? encoder.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (body: string | (() => void)) => {
    offsets.push(length);
    push(`${offsets.length} 0 obj\n`);
    if (typeof body === "string") push(body);
    else body();
    push("\nendobj\n");
  };

  // The binary comment tells transfer tools the file is binary.
  push(new Uint8Array([...encoder.encode("%PDF-1.4\n%"), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
  const lang = options.lang ? ` /Lang ${textString(options.lang)}` : "";
  object(`<< /Type /Catalog /Pages 2 0 R${lang} >>`);
  object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  object(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`);
  object(() => {
    push(`<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.jpeg.length} >>\nstream\n`);
    push(image.jpeg);
    push("\nendstream");
  });
  object(`<< /Length ${encoder.encode(content).length} >>\nstream\n${content}endstream`);
  object(`<< ${info} >>`);

  const xref = length;
  const count = offsets.length + 1;
  push(`xref\n0 ${count}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R /Info ${offsets.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** Width and height of a baseline or progressive JPEG, read from its SOF marker; null when not a JPEG. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    const segment = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    // SOF0…SOF15 but DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[at + 5]! << 8) | bytes[at + 6]!, width: (bytes[at + 7]! << 8) | bytes[at + 8]! };
    }
    at += 2 + segment;
  }
  return null;
}
