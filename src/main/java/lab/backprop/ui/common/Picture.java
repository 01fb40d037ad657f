package lab.backprop.ui.common;

/**
 * A picture painted on a worker thread: premultiplied ARGB, {@code width × height} device pixels,
 * row-major. Shown by {@link PictureView}.
 */
public record Picture(int width, int height, int[] argb) {}
