import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeader, TableRow } from '@carbon/react';

/**
 * A Carbon table of rows with cells rendered by the columns: [{key, header, render(row)}]. For lists the API pages
 * and sorts itself, so no client-side sorting.
 */
export function SimpleTable({ columns, rows, rowKey, label, rowProps, title, description }) {
  return (
    <TableContainer title={title} description={description}>
      <Table aria-label={label} size="md">
        <TableHead>
          <TableRow>
            {columns.map((c) => <TableHeader key={c.key}>{c.header}</TableHeader>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} {...(rowProps ? rowProps(row) : {})}>
              {columns.map((c) => <TableCell key={c.key}>{c.render(row)}</TableCell>)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
