import type { Driver } from 'neo4j-driver';

/** Heap in use by the Neo4j JVM, in MB, from its `java.lang:type=Memory` MBean. */
export async function neo4jHeapUsedMb(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes " +
      'RETURN attributes.HeapMemoryUsage.value.properties.used AS used',
  );
  const used: unknown = records[0]?.get('used');
  const bytes = typeof used === 'number' ? used : Number(used);
  if (!Number.isFinite(bytes)) throw new Error('Neo4j reported no heap usage over JMX');
  return bytes / 1024 / 1024;
}
