package lab.backprop.data;

/** What a data set asks of a network. */
public enum Task {
  CLASSIFICATION,
  REGRESSION
}
