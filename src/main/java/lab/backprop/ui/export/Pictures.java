package lab.backprop.ui.export;

import java.awt.image.BufferedImage;
import lab.backprop.data.Dataset;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.ui.common.FxImages;
import lab.backprop.ui.diagram.NetworkDiagram;
import lab.backprop.ui.diagram.NetworkPictures;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotExtent;
import lab.backprop.ui.plot.RenderJob;

/** The pictures the render command draws that need more than one view's own painter. */
final class Pictures {
  private Pictures() {}

  /**
   * The network diagram as the window draws it, hidden units with their activation thumbnails over
   * the data's extent (when affordable), drawn by the window's own diagram on the headless FX
   * platform.
   */
  static BufferedImage diagram(FrozenNetwork net, Dataset train, double[] wh, double scale)
      throws Exception {
    int[][][] thumbs = null;
    if (net.inputSize() == 2 && RenderJob.thumbnailsAffordable(net)) {
      PlotExtent extent = BoundaryView.dataExtent(train, null);
      RenderJob job = new RenderJob(0, net, extent, 32, 32, 1, null, true, null);
      thumbs = new RenderJob.Renderer().apply(job).thumbs();
    }
    int[][][] thumbnails = thumbs;
    return HeadlessFx.call(
        () -> {
          NetworkDiagram diagram = new NetworkDiagram();
          diagram.setPicture(NetworkPictures.of(net, train.classNames()));
          if (thumbnails != null) {
            diagram.setThumbnails(thumbnails, RenderJob.THUMB);
          }
          return FxImages.opaque(diagram.picture(wh[0], wh[1], scale));
        });
  }
}
