export function HomeScreen() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>Home</h1>
      <p>This screen is being built.</p>
    </section>
  );
}
