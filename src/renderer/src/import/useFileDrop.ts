// A file dropped anywhere on the window starts an import with it (the drop zone in the wizard handles its own
// drops). Only drags that carry files are taken; text and links dragged around the app are left alone.
import { useEffect, useRef } from 'react'

export function useFileDrop(onFile: (file: File) => void): void {
  const latest = useRef(onFile)
  latest.current = onFile
  useEffect(() => {
    const carriesFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files')
    const over = (e: DragEvent): void => {
      if (carriesFiles(e)) e.preventDefault()
    }
    const drop = (e: DragEvent): void => {
      if (!carriesFiles(e) || e.defaultPrevented) return
      e.preventDefault()
      const file = e.dataTransfer?.files[0]
      if (file) latest.current(file)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])
}
