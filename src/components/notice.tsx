// A banner under the header for something the fan should know now (storage trouble, a newer version in another tab).
import type { ReactNode } from 'react';

export function Notice({ tone = 'info', children }: { tone?: 'info' | 'warning'; children: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      <div className="notice-inner">{children}</div>
    </div>
  );
}
