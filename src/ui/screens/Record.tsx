export function RecordScreen() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>Record</h1>
      <p>This screen is being built.</p>
    </section>
  );
}
