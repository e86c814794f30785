// The few line icons the frame uses, drawn inline (nothing loads from the network). 16 px, currentColor,
// decorative: every button that carries one also carries a label or an aria-label.
import type { ReactElement, SVGProps } from 'react'

type IconProps = SVGProps<SVGSVGElement>

function Svg({ children, ...props }: IconProps): ReactElement {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  )
}

export function UndoIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="M5.5 3.5 2.5 6.5l3 3" />
      <path d="M2.5 6.5h7a4 4 0 0 1 0 8h-2" />
    </Svg>
  )
}

export function RedoIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="m10.5 3.5 3 3-3 3" />
      <path d="M13.5 6.5h-7a4 4 0 0 0 0 8h2" />
    </Svg>
  )
}

export function PlusIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="M8 3v10M3 8h10" />
    </Svg>
  )
}

export function CopyIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 5.5V4a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 4v5A1.5 1.5 0 0 0 4 10.5h1.5" />
    </Svg>
  )
}

export function TrashIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="M2.5 4.5h11M6.5 4.5V3a.5.5 0 0 1 .5-.5h2a.5.5 0 0 1 .5.5v1.5M4 4.5l.7 8.6a1 1 0 0 0 1 .9h4.6a1 1 0 0 0 1-.9l.7-8.6" />
    </Svg>
  )
}

export function SidebarIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
      <path d="M10 2.5v11" />
    </Svg>
  )
}

export function CloseIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="m4 4 8 8M12 4l-8 8" />
    </Svg>
  )
}

export function LinkIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2-2a3 3 0 0 0-4.2-4.2l-.8.8" />
      <path d="M9.5 6.5a3 3 0 0 0-4.2 0l-2 2a3 3 0 0 0 4.2 4.2l.8-.8" />
    </Svg>
  )
}

export function ChevronDownIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="m4.5 6.5 3.5 3.5 3.5-3.5" />
    </Svg>
  )
}

export function LodestoneMark(props: IconProps): ReactElement {
  return (
    <Svg strokeWidth="1.4" {...props}>
      <path d="M8 1.8 13.4 5v6L8 14.2 2.6 11V5z" />
      <path d="M8 1.8V8m0 0 5.4 3M8 8l-5.4 3" />
    </Svg>
  )
}
