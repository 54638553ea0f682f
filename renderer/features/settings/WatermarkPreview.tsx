import { Typography } from 'antd';
import { watermarkLine } from '../../../shared/records/imageProfile';

const ROWS = 7;
const PER_ROW = 3;

/**
 * How the tiled watermark will look on an A4 page: the text and today's date repeated diagonally, grey
 * and translucent, as normalizeImage draws it (electron/standardImages/watermark.ts). Drawn with DOM
 * text (styles set through React, which the Content-Security-Policy allows), so it needs no image.
 */
export function WatermarkPreview({ text, date, enabled }: { text: string; date: string; enabled: boolean }) {
  const line = watermarkLine(text, date);
  return (
    <figure style={{ margin: 0 }}>
      <div
        role="img"
        aria-label={enabled ? `水印预览：${line}` : '水印预览：未开启水印'}
        data-testid="watermark-preview"
        style={{
          position: 'relative',
          width: 210,
          height: 297,
          overflow: 'hidden',
          border: '1px solid #d9d9d9',
          background: '#fff',
          boxShadow: '0 1px 4px rgba(0,0,0,0.08)',
        }}
      >
        {/* The "document" under the watermark: a few grey bars. */}
        {Array.from({ length: 9 }, (_, i) => (
          <div
            key={`bar-${i}`}
            aria-hidden
            style={{ position: 'absolute', left: 20, top: 30 + i * 26, width: i % 3 === 2 ? 110 : 170, height: 7, background: '#e6e6e6', borderRadius: 2 }}
          />
        ))}
        {enabled
          ? Array.from({ length: ROWS * PER_ROW }, (_, i) => {
              const row = Math.floor(i / PER_ROW);
              const col = i % PER_ROW;
              return (
                <span
                  key={`wm-${i}`}
                  aria-hidden
                  style={{
                    position: 'absolute',
                    left: -60 + col * 120 + (row % 2) * 60,
                    top: 8 + row * 44,
                    transform: 'rotate(-30deg)',
                    transformOrigin: 'left top',
                    whiteSpace: 'nowrap',
                    fontSize: 11,
                    color: 'rgba(90,90,90,0.45)',
                    userSelect: 'none',
                  }}
                >
                  {line}
                </span>
              );
            })
          : null}
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }} data-testid="watermark-preview-text">
        {enabled ? `每张图片铺满：${line}` : '未开启水印：图片保持原样'}
      </Typography.Text>
    </figure>
  );
}
