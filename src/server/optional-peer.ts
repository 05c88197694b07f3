/**
 * The stores' drivers are optional peer dependencies: a browser-only user
 * installs neither. A host that asks for a store whose driver is missing is
 * told which package to install.
 */
export async function loadOptional<T>(name: string, what: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
    if (!missing) throw error;
    throw new Error(`${what} needs the package "${name}". Install it beside partnership-kit: npm install ${name}`);
  }
}
