import { useMemo } from 'preact/hooks';
import { qrDrawing } from '../../domain/qr';

interface Props {
  /** The address the code opens. */
  address: string;
  /** Class of the box around it. */
  class?: string;
}

/** A QR code of `address`, drawn dark on white whatever the theme (phones read it best so). */
export function QrCode({ address, class: className = 'qr' }: Props) {
  const qr = useMemo(() => qrDrawing(address), [address]);
  return (
    <svg
      class={className}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={`QR code for ${address}`}
      data-qr={address}
      shape-rendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
