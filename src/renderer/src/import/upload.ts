// Sends a file the analyst chose or dropped to the engine: the renderer has no file system, so the bytes go
// through the contract in base64 chunks of 4 MB (the engine keeps them in a temp file). Files over the limit
// (MAX_UPLOAD_BYTES, 200 MB) are refused here with the command-line alternative.
import { MAX_UPLOAD_BYTES, type UploadResult } from '../../../shared/dataFiles'
import { call } from '../api/client'

const CHUNK = 4 * 1024 * 1024

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function sizeProblem(file: File): string | null {
  if (file.size <= MAX_UPLOAD_BYTES) return null
  return `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; the window imports files up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Use the command line for bigger ones: lodestone import DATASET FILE --table T.`
}

export async function uploadFile(file: File, onProgress: (sent: number, total: number) => void): Promise<UploadResult> {
  const problem = sizeProblem(file)
  if (problem) throw new Error(problem)
  let result: UploadResult | null = null
  for (let offset = 0; offset === 0 || offset < file.size; offset += CHUNK) {
    const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer())
    result = await call('import.upload', { name: file.name, data: toBase64(bytes), ...(result ? { uploadId: result.uploadId } : {}) })
    onProgress(Math.min(offset + CHUNK, file.size), file.size)
  }
  return result!
}

/** Offers text as a download (the problem report, a saved mapping). */
export function download(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
