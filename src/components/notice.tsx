// A banner under the header for something the fan should know now (storage trouble, a newer version in another tab).
import type { ReactNode } from 'react';

type NoticeProps = { tone?: 'info' | 'warning'; className?: string; children: ReactNode };

export function Notice({ tone = 'info', className, children }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}${className ? ` ${className}` : ''}`} role="status">
      <div className="notice-inner">{children}</div>
    </div>
  );
}
